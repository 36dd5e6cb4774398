package dev.moka.kernel.core.thread;

/**
 * What a kernel thread runs, cut into bounded steps. Natively a thread calls {@link #step()} in a
 * loop and the timer preempts it anywhere; a simulated machine interleaves threads between steps.
 */
public interface ThreadBody {
    /**
     * Does a bounded piece of the thread's work.
     *
     * @return true while there is more to do; false ends the thread
     */
    boolean step();
}
