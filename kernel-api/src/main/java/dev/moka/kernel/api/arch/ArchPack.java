package dev.moka.kernel.api.arch;

import dev.moka.kernel.api.heap.InterruptFrames;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;

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
     * Reads one byte typed on the boot console, if one has arrived. Bytes the kernel has not asked
     * for yet wait in the machine (the UART and the host's pipe to it), so nothing typed ahead is lost.
     *
     * @return the byte, or -1 when none is waiting; never blocks
     */
    default int consoleRead() {
        return -1;
    }

    /**
     * Ends the run of a system whose first process ended, handing its exit status to whoever started
     * the machine ({@code moka run} exits with it). Does not return.
     *
     * @param status the status, 0 to 255
     */
    default void shutdown(int status) {
        exit(status == 0);
    }

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

    /**
     * Tells the machine that a thread context will never be switched to again: its thread ended and
     * the kernel gave back its stack. A native machine keeps nothing for a context beyond the stack;
     * a simulated one ends what runs the thread.
     *
     * @param context a context from {@link #newThreadContext}, suspended for good
     */
    default void releaseThreadContext(long context) {
    }

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
     * @return the layout of this machine's page tables, for the generic paging code; null when the
     *         machine has no MMU the kernel drives
     */
    default PageTableFormat pageTableFormat() {
        return null;
    }

    /**
     * @return this machine's window on physical memory and its MMU, for the generic paging code; null
     *         when the machine has no MMU the kernel drives
     */
    default PhysicalMemory physicalMemory() {
        return null;
    }

    /**
     * Where kernel-thread stacks go: a range of the part of the address space all spaces share, with
     * nothing mapped in it at boot, that the machine's fault path reports a fault in as a stack
     * overflow. The kernel maps stack pages there through the image's generic paging code (a
     * {@code StackSpace} made by the image's {@code PagingProvider} over {@link #pageTableFormat()}
     * and {@link #physicalMemory()}); the arch pack itself maps nothing. A machine that runs kernel
     * threads must state one.
     *
     * @return the first address of the range, page aligned; equal to {@link #stackRangeEnd()} when the
     *         machine has none
     */
    default long stackRangeStart() {
        return 0;
    }

    /** @return the address after the stack range (see {@link #stackRangeStart()}), page aligned */
    default long stackRangeEnd() {
        return 0;
    }

    /**
     * @return the machine's user mode, through which the kernel runs user programs on its threads
     *         and takes their system calls and faults; null when the machine has none (a simulated
     *         machine, whose user programs run through another binding)
     */
    default UserMode userMode() {
        return null;
    }

    /**
     * @return the machine's interrupt lines that drivers may wait on ({@code irq:}), or null when it
     *         gives none out
     */
    default IrqLines irqLines() {
        return null;
    }

    /**
     * @param start the first physical address of a range
     * @param end   the address after it
     * @return whether the range touches device memory the kernel keeps for itself (on x86_64 the
     *         local and I/O APICs), which no driver may be given
     */
    default boolean keepsPhysical(long start, long end) {
        return false;
    }
}
