package dev.moka.kernel.core.process;

/**
 * Read-only bytes the kernel reads in place: the initfs in memory natively, an array in tests.
 * Offsets are from the first byte; callers check them against {@link #size()} first.
 */
public interface ByteSource {
    /** @return how many bytes there are */
    long size();

    /** @param offset from 0 to {@code size() - 1} @return the byte there, 0 to 255 */
    int u8(long offset);

    /**
     * Copies bytes out.
     *
     * @param offset the first byte, with {@code length} bytes inside the source
     * @param into   where they go
     * @param at     the first index in {@code into}
     * @param length how many
     */
    default void copy(long offset, byte[] into, int at, int length) {
        for (int i = 0; i < length; i++) {
            into[at + i] = (byte) u8(offset + i);
        }
    }

    /**
     * @param offset a byte of the source
     * @return the physical address of that byte when the source lies in memory the machine can map
     *         into a process (the image's initfs), or -1
     */
    default long physicalAddress(long offset) {
        return -1;
    }

    /** @param offset where the little-endian value starts @return the 16-bit value there */
    default int u16(long offset) {
        return u8(offset) | u8(offset + 1) << 8;
    }

    /** @param offset where the little-endian value starts @return the 32-bit value there, unsigned */
    default long u32(long offset) {
        return (u16(offset) | (long) u16(offset + 2) << 16) & 0xffff_ffffL;
    }

    /** @param offset where the little-endian value starts @return the 64-bit value there */
    default long u64(long offset) {
        return u32(offset) | u32(offset + 4) << 32;
    }

    /**
     * @param offset where the part starts, at most {@link #size()}
     * @param length its length, at most {@code size() - offset}
     * @return the part as a source of its own
     */
    default ByteSource slice(long offset, long length) {
        ByteSource whole = this;
        return new ByteSource() {
            @Override
            public long size() {
                return length;
            }

            @Override
            public int u8(long at) {
                return whole.u8(offset + at);
            }

            @Override
            public int u16(long at) {
                return whole.u16(offset + at);
            }

            @Override
            public long u32(long at) {
                return whole.u32(offset + at);
            }

            @Override
            public long u64(long at) {
                return whole.u64(offset + at);
            }

            @Override
            public void copy(long at, byte[] into, int to, int count) {
                whole.copy(offset + at, into, to, count);
            }

            @Override
            public long physicalAddress(long at) {
                long physical = whole.physicalAddress(offset + at);
                return physical;
            }
        };
    }

    /** @param bytes the bytes, not copied @return them as a source */
    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int u8(long offset) {
                return bytes[(int) offset] & 0xff;
            }
        };
    }

    /**
     * @param offset where to start
     * @param length how many bytes
     * @return whether {@code [offset, offset + length)} lies inside the source, overflow included
     */
    default boolean contains(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= size() && length <= size() - offset;
    }
}
