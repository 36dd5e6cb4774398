package dev.moka.relibc.io;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Errno;
import dev.moka.relibc.sys.RawSyscall;

/**
 * I/O ports from ring 3. {@link #ioperm} asks the kernel for a range; after that the {@code in} and
 * {@code out} instructions on those ports run directly (the kernel opened them in the TSS's I/O
 * bitmap for this process alone). Any other port faults, and the process ends with SIGSEGV.
 */
public final class Ports {
    private Ports() {
    }

    /**
     * @param first the first port
     * @param count how many
     * @return 0, or -1 with errno: {@code EPERM} when the process is not a driver, {@code EINVAL} for a
     *         bad range
     */
    public static int ioperm(int first, int count) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.IOPERM, first, count, 0, 0, 0, 0));
    }

    /** @param port a granted port @return the byte read */
    public static int inb(int port) {
        return Magic.inb(port);
    }

    /** @param port a granted port @param value the byte to write */
    public static void outb(int port, int value) {
        Magic.outb(port, value);
    }

    /** @param port a granted port (and the three after it) @return the 32 bits read */
    public static int inl(int port) {
        return Magic.inl(port);
    }

    /** @param port a granted port (and the three after it) @param value the 32 bits to write */
    public static void outl(int port, int value) {
        Magic.outl(port, value);
    }
}
