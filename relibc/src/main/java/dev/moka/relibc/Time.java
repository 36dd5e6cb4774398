package dev.moka.relibc;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/** Clocks and sleeping ({@code <time.h>}). */
public final class Time {
    /** Wall-clock time (Redox's number). */
    public static final int CLOCK_REALTIME = 1;
    /** Time that never goes back (Redox's number). */
    public static final int CLOCK_MONOTONIC = 4;

    private Time() {
    }

    /** @return the clock's time in nanoseconds, or -1 */
    public static long clockGettime(int clock) {
        long[] timespec = new long[2];
        long result = Errno.check(RawSyscall.call(SyscallNumbers.CLOCK_GETTIME, clock, RawSyscall.address(timespec),
                0, 0, 0, 0));
        return result < 0 ? -1 : timespec[0] * 1_000_000_000L + timespec[1];
    }

    /** Sleeps at least {@code nanos} nanoseconds; returns 0, or -1. */
    public static int nanosleep(long nanos) {
        long[] request = {nanos / 1_000_000_000L, nanos % 1_000_000_000L};
        long[] remaining = new long[2];
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(request),
                RawSyscall.address(remaining), 0, 0, 0, 0));
    }

    /** Sleeps {@code seconds} seconds, as {@code sleep} does; returns 0, or the seconds not slept. */
    public static int sleep(int seconds) {
        return seconds <= 0 || nanosleep(seconds * 1_000_000_000L) == 0 ? 0 : seconds;
    }
}
