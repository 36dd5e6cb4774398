package dev.moka.kernel.api.arch;

import dev.moka.kernel.api.heap.InterruptFrames;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.StackSpace;

/**
 * The machine below the kernel: the boot console, the way the kernel ends a run, and the mechanism
 * of kernel threads (timer interrupt, thread contexts, context switches, interrupt masking). An arch pack is
 * chosen when an image is assembled (x86_64 natively, a simulated machine hosted); kernel code never
 * asks which one it has.
 */
public interface ArchPack {
    /** @return a short name for the machine, such as {@code x86_64} */
    String name();

    /**
     * Writes one byte to the boot console (the serial port on x86_64).
     *
     * @param b the byte, in the low 8 bits
     */
    void consoleWrite(int b);

    /**
     * Ends the run and reports the outcome to whoever started the machine (QEMU's exit device
     * natively, the hosted runner on the JVM). Does not return.
     *
     * @param success whether the kernel finished without error
     */
    void exit(boolean success);

    /**
     * Hands the machine the kernel's thread layer, which it calls back on timer ticks and to run
     * threads. Call once, before the first {@link #switchContext} or {@link #startTimer}.
     *
     * @param events what the machine calls
     */
    void attachThreads(ThreadEvents events);

    /**
     * Starts the periodic timer interrupt; every tick calls {@link ThreadEvents#onTick()} with
     * interrupts masked.
     *
     * @param hz ticks per second
     */
    void startTimer(int hz);

    /** Stops the timer interrupt; no tick is delivered after this returns. */
    void stopTimer();

    /**
     * Makes the code that runs now a thread that {@link #switchContext} can leave and resume.
     *
     * @param saveArea address of 8 bytes of memory the context may use for itself
     * @return the context handle
     */
    long adoptCurrentContext(long saveArea);

    /**
     * Prepares a new thread on the stack {@code [stackLow, stackHigh)}. Switching to it the first
     * time runs {@link ThreadEvents#runStep()} over and over with interrupts enabled.
     *
     * @param stackLow  lowest address of the stack memory; its first 8 bytes hold the saved state
     * @param stackHigh address after the stack memory
     * @return the context handle
     */
    long newThreadContext(long stackLow, long stackHigh);

    /**
     * Saves the running context into {@code from} and resumes {@code to}; returns when {@code from}
     * is resumed. Called with interrupts masked.
     *
     * @param from the running context
     * @param to   the context to resume
     */
    void switchContext(long from, long to);

    /** Masks maskable interrupts. */
    void disableInterrupts();

    /** Unmasks maskable interrupts. */
    void enableInterrupts();

    /** Unmasks interrupts and waits for the next one: what the idle thread does. */
    void waitForInterrupt();

    /** @return a cycle counter for measurements (the time-stamp counter on x86_64) */
    long cycles();

    /**
     * Measures the entry and exit cost of the timer's interrupt path, without the tick's own work.
     *
     * @return mean time-stamp-counter cycles of one interrupt round trip, or 0 when the machine cannot
     *         measure it (a simulated one)
     */
    default long interruptRoundTripCycles() {
        return 0;
    }

    /**
     * @return how this arch's interrupt entry lays out a stack, for collections that walk through
     *         interrupted frames; null when interrupts never stop compiled code (a simulated machine)
     */
    default InterruptFrames interruptFrames() {
        return null;
    }

    /**
     * @param context a suspended thread's context (from {@link #newThreadContext} or
     *                {@link #adoptCurrentContext}, after a {@link #switchContext} saved it)
     * @return the return address its switch will resume at
     */
    default long savedReturnAddress(long context) {
        return 0;
    }

    /** @param context a suspended thread's context @return the frame pointer its switch will restore */
    default long savedFramePointer(long context) {
        return 0;
    }

    /**
     * @return this machine's check of the page tables the boot code left, which the kernel runs once
     *         the frame allocator is up; null when the machine has none
     */
    default PagingCheck pagingCheck() {
        return null;
    }

    /**
     * The machine's range for kernel-thread stacks. The thread layer asks for it once; a machine
     * that runs threads must have one.
     *
     * @param frames where the range's page tables come from, initialised
     * @return the range, or null when the machine cannot map stack pages
     */
    default StackSpace stackSpace(FrameAllocator frames) {
        return null;
    }
}
