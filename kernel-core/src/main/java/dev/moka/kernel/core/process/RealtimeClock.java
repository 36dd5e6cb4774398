package dev.moka.kernel.core.process;

/**
 * The realtime clock: the uptime plus an offset that a clock driver sets once it has read the date
 * (rtcd, from the CMOS clock, through {@code rtc:}). Until then realtime counts from boot, as the
 * monotonic clock does.
 */
final class RealtimeClock {
    private volatile long offsetNanos;

    /** @param uptimeNanos the time since boot @return the realtime, in nanoseconds since 1970 */
    long now(long uptimeNanos) {
        return uptimeNanos + offsetNanos;
    }

    /**
     * @param realtimeNanos the time now, in nanoseconds since 1970
     * @param uptimeNanos   the time since boot, now
     */
    void set(long realtimeNanos, long uptimeNanos) {
        offsetNanos = realtimeNanos - uptimeNanos;
    }
}
