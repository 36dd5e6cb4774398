package dev.moka.kernel.api.arch;

/**
 * What the machine calls in the kernel's thread layer: the timer tick, and the body of every thread
 * it started with {@link ArchPack#newThreadContext}.
 */
public interface ThreadEvents {
    /** Name the thread layer gives the code that ran before it existed (the boot code's thread). */
    String BOOT_THREAD = "main";

    /** How the machine's report of a stack overflow begins; the thread's name follows. */
    String STACK_OVERFLOW_PANIC = "panic: kernel stack overflow in thread ";

    /** One timer tick. Runs with interrupts masked, on the stack of the interrupted thread; must not allocate. */
    void onTick();

    /**
     * Runs one bounded step of the current thread. When the thread's work is done it exits and this
     * call does not come back to it.
     */
    void runStep();

    /**
     * Names the thread that ran out of stack, for the machine's report ({@link #STACK_OVERFLOW_PANIC}
     * then the name, then a stack trace). May run on a stack of the machine's own, with interrupts
     * masked; allocates nothing.
     *
     * @param address the address the overflow touched (in the guard below a thread's stack), or 0
     *                when the machine knows only that the running thread overflowed
     * @return the name of the thread whose stack guard holds {@code address}; otherwise the running
     *         thread's
     */
    String overflowingThread(long address);
}
