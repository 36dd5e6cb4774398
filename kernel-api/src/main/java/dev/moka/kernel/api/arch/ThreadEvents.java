package dev.moka.kernel.api.arch;

/**
 * What the machine calls in the kernel's thread layer: the timer tick, and the body of every thread
 * it started with {@link ArchPack#newThreadContext}.
 */
public interface ThreadEvents {
    /** One timer tick. Runs with interrupts masked, on the stack of the interrupted thread; must not allocate. */
    void onTick();

    /**
     * Runs one bounded step of the current thread. When the thread's work is done it exits and this
     * call does not come back to it.
     */
    void runStep();
}
