package dev.moka.kernel.api.syscall;

/** Clock ids of {@code clock_gettime} and of the files of {@code time:}, in Redox's values. */
public final class Clocks {
    /** Wall-clock time since 1970-01-01 UTC. */
    public static final int CLOCK_REALTIME = 1;
    /** Time since boot, never going back. */
    public static final int CLOCK_MONOTONIC = 4;

    private Clocks() {
    }
}
