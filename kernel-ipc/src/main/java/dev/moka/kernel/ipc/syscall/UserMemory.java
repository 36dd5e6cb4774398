package dev.moka.kernel.ipc.syscall;

/**
 * A process's address space as the kernel sees it during a system call: bytes copied in from, and
 * out to, user addresses. Addresses and lengths are the raw 64-bit values from registers, to be
 * read as unsigned.
 *
 * <p>An implementation never throws: a range that is not wholly mapped with the access asked for is
 * reported ({@code false}), and the dispatcher turns that into {@code -EFAULT}. The native binding
 * walks the process's page tables; {@link ArrayUserMemory} is one array for tests and hosted runs.
 */
public interface UserMemory {
    /**
     * @param address the first byte
     * @param length  the number of bytes, read as unsigned
     * @param write   whether the kernel will write there (else only read)
     * @return whether every byte of the range is the process's, with that access
     */
    boolean isAccessible(long address, long length, boolean write);

    /**
     * Copies from user memory into the kernel.
     *
     * @param address the first user byte
     * @param target  the kernel's buffer
     * @param offset  where in {@code target}
     * @param length  how many bytes
     * @return true when copied; false when the range is not readable, and then {@code target} may
     *         have been partly written
     */
    boolean copyIn(long address, byte[] target, int offset, int length);

    /**
     * Copies from the kernel out to user memory.
     *
     * @param source  the kernel's bytes
     * @param offset  the first
     * @param length  how many
     * @param address the first user byte
     * @return true when copied; false when the range is not writable, and then part of it may have
     *         been written
     */
    boolean copyOut(byte[] source, int offset, int length, long address);
}
