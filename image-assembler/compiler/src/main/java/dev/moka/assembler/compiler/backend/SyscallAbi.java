package dev.moka.assembler.compiler.backend;

/**
 * The system calls a program's runtime seam makes (reading and writing file descriptors, ending the
 * process, reading a clock), numbered as its operating system numbers them. Both ABIs pass the
 * number in rax and the arguments in rdi, rsi, rdx, r10, r8, r9, and return a result or a negative
 * errno in rax.
 *
 * @param read          {@code read(fd, buffer, length)}
 * @param write         {@code write(fd, buffer, length)}
 * @param exit          ends the process with a status
 * @param clockGettime  {@code clock_gettime(clock, timespec*)}
 * @param realtimeClock the clock id of wall time
 * @param monotonicClock the clock id of a clock that never goes back
 */
public record SyscallAbi(int read, int write, int exit, int clockGettime, int realtimeClock, int monotonicClock) {
    /** Linux x86_64: read 0, write 1, exit_group 231, clock_gettime 228 with CLOCK_REALTIME 0 and CLOCK_MONOTONIC 1. */
    public static final SyscallAbi LINUX = new SyscallAbi(0, 1, 231, 228, 0, 1);
    /**
     * Redox's classic numbering, which Moka's kernel serves: READ {@code FILE|MSLICE|3}, WRITE
     * {@code FILE|SLICE|4}, EXIT 1, CLOCK_GETTIME 265 with CLOCK_REALTIME 1 and CLOCK_MONOTONIC 4.
     */
    public static final SyscallAbi REDOX = new SyscallAbi(0x2200_0003, 0x2100_0004, 1, 265, 1, 4);
}
