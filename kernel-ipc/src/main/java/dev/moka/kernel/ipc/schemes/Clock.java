package dev.moka.kernel.ipc.schemes;

/** The time source of {@code time:}, supplied by the kernel's timer driver. */
public interface Clock {
    /**
     * @param clockId {@link dev.moka.kernel.api.syscall.Clocks#CLOCK_REALTIME} or
     *                {@link dev.moka.kernel.api.syscall.Clocks#CLOCK_MONOTONIC}
     * @return the clock's reading in nanoseconds, not negative
     */
    long nanos(int clockId);
}
