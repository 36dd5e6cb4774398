package dev.moka.kernel.ipc.syscall;

/**
 * User memory as one array at a base address, for tests and hosted runs: addresses
 * {@code base .. base + size - 1} are mapped, everything else is not. One range can be made
 * read-only, as a program's code is, so that a buffer there gives {@code -EFAULT} for a read into it.
 */
public final class ArrayUserMemory implements UserMemory {
    private final long base;
    private final byte[] bytes;
    private long readOnlyStart;
    private long readOnlyEnd;

    /**
     * @param base the lowest mapped address
     * @param size the number of mapped bytes
     */
    public ArrayUserMemory(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    /** @return the lowest mapped address */
    public long base() {
        return base;
    }

    /** @return the number of mapped bytes */
    public int size() {
        return bytes.length;
    }

    /**
     * Makes a range read-only (replacing any range made read-only before).
     *
     * @param address the first byte
     * @param length  the number of bytes
     */
    public void makeReadOnly(long address, long length) {
        readOnlyStart = address;
        readOnlyEnd = address + length;
    }

    @Override
    public boolean isAccessible(long address, long length, boolean write) {
        if (length < 0 || Long.compareUnsigned(address, base) < 0) {
            return false;
        }
        long offset = address - base;
        if (Long.compareUnsigned(offset, bytes.length) > 0 || length > bytes.length - offset) {
            return false;
        }
        if (write && length > 0 && address < readOnlyEnd && readOnlyStart < address + length) {
            return false;
        }
        return true;
    }

    @Override
    public boolean copyIn(long address, byte[] target, int offset, int length) {
        if (!isAccessible(address, length, false)) {
            return false;
        }
        System.arraycopy(bytes, (int) (address - base), target, offset, length);
        return true;
    }

    @Override
    public boolean copyOut(byte[] source, int offset, int length, long address) {
        if (!isAccessible(address, length, true)) {
            return false;
        }
        System.arraycopy(source, offset, bytes, (int) (address - base), length);
        return true;
    }

    /**
     * Stores bytes, as a test sets up a program's data; ignores read-only protection.
     *
     * @param address where
     * @param data    what
     */
    public void put(long address, byte[] data) {
        checkRange(address, data.length);
        System.arraycopy(data, 0, bytes, (int) (address - base), data.length);
    }

    /**
     * @param address where
     * @param length  how many bytes
     * @return a copy of the bytes there, as a test inspects what the kernel wrote
     */
    public byte[] get(long address, int length) {
        checkRange(address, length);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, (int) (address - base), copy, 0, length);
        return copy;
    }

    private void checkRange(long address, int length) {
        if (!isAccessible(address, length, false)) {
            throw new IllegalArgumentException("0x" + Long.toHexString(address) + "+" + length
                    + " is outside 0x" + Long.toHexString(base) + "+" + bytes.length);
        }
    }
}
