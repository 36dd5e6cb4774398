package dev.moka.kernel.core.sync;

/**
 * What monitors need from a thread layer that preempts: a way to make a few steps atomic, and a way
 * to put the running thread to sleep until another thread wakes it. The kernel's thread system
 * attaches one ({@link Monitors#attach}); a program with one thread needs none, because no monitor
 * can then be held by someone else.
 *
 * <p>Thread ids are the ones the thread layer reports through {@link Monitors#switchedTo}.
 */
public interface MonitorThreads {
    /** Holds off preemption (masks interrupts) until {@link #unmask}; calls do not nest. */
    void mask();

    /** Lets preemption happen again. */
    void unmask();

    /**
     * Blocks the running thread until {@link #unpark} names it. Called while masked; returns masked.
     * A wake-up may come for another reason, so callers check their condition again.
     */
    void park();

    /**
     * Blocks the running thread until {@link #unpark} names it or {@code millis} milliseconds pass.
     * Called while masked; returns masked.
     *
     * @param millis at least 1
     */
    void parkFor(long millis);

    /**
     * Makes a parked thread runnable; does nothing to a thread that is not parked. Called while masked.
     *
     * @param thread its id
     */
    void unpark(int thread);
}
