package dev.moka.kernel.core.process;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.TimeSpec;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.ipc.drivers.DriverInputFile;
import dev.moka.kernel.ipc.drivers.DriverPolicy;

/**
 * {@code rtc:}: where a clock driver sets the date. Writing a {@link TimeSpec} (16 bytes: seconds
 * since 1970 and nanoseconds) sets the realtime clock that {@code time:1} and
 * {@code clock_gettime(CLOCK_REALTIME)} read. Write-only and for drivers only ({@code EACCES}); a
 * short record, negative seconds or nanoseconds outside {@code 0..999999999} are {@code EINVAL}.
 */
final class RtcScheme extends DriverInputFile {
    private final RealtimeClock realtime;
    private final ThreadSystem threads;

    RtcScheme(RealtimeClock realtime, ThreadSystem threads, DriverPolicy drivers) {
        super(drivers);
        this.realtime = realtime;
        this.threads = threads;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        if (length < TimeSpec.SIZE) {
            return -Errno.EINVAL;
        }
        long seconds = 0;
        for (int i = 0; i < 8; i++) {
            seconds |= (buffer[offset + i] & 0xFFL) << (8 * i);
        }
        long nanos = 0;
        for (int i = 0; i < 4; i++) {
            nanos |= (buffer[offset + 8 + i] & 0xFFL) << (8 * i);
        }
        if (seconds < 0 || seconds > Long.MAX_VALUE / 1_000_000_000L - 1 || nanos >= 1_000_000_000L) {
            return -Errno.EINVAL;
        }
        realtime.set(seconds * 1_000_000_000L + nanos, threads.uptimeNanos());
        return TimeSpec.SIZE;
    }
}
