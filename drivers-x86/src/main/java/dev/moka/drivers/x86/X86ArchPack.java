package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.heap.InterruptFrames;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.drivers.x86.boot.ThreadContextLayout;

/**
 * The x86_64 PC as the generic kernel sees it: COM1 is the console, and QEMU's {@code isa-debug-exit}
 * device at port {@value #EXIT_PORT} ends the run. QEMU exits with {@code (value << 1) | 1}, so a
 * successful run ends with status 33 and a failed one with 35. The PIT on the remapped 8259 PIC
 * gives the tick; contexts are saved stack pointers and FPU states switched by the boot code's
 * {@code magic_switchContext}. User programs run in ring 3 through {@link X86UserMode}.
 */
public final class X86ArchPack implements ArchPack {
    /** I/O port of QEMU's debug-exit device. */
    public static final int EXIT_PORT = 0xf4;
    /** Value written to the exit device when the kernel succeeded. */
    public static final int EXIT_SUCCESS = 0x10;
    /** Value written to the exit device when the kernel failed. */
    public static final int EXIT_FAILURE = 0x11;
    /** Value written to the exit device when the system shut down with a status (QEMU exits with 37). */
    public static final int EXIT_SHUTDOWN = 0x12;
    /**
     * I/O port of QEMU's debug console ({@code -debugcon}): the shutdown status goes there as a line
     * {@code status N}, out of the console's way. Without the device the write goes nowhere.
     */
    public static final int DEBUG_CONSOLE_PORT = 0xe9;

    @Override
    public String name() {
        return "x86_64";
    }

    @Override
    public void consoleWrite(int b) {
        Com1.write(b);
    }

    @Override
    public void exit(boolean success) {
        Magic.outb(EXIT_PORT, success ? EXIT_SUCCESS : EXIT_FAILURE);
        // Without the exit device (real hardware) the machine stays halted.
        for (;;) {
            Magic.hlt();
        }
    }

    @Override
    public int consoleRead() {
        return Com1.read();
    }

    @Override
    public void shutdown(int status) {
        String line = "status " + status + "\n";
        for (int i = 0; i < line.length(); i++) {
            Magic.outb(DEBUG_CONSOLE_PORT, line.charAt(i));
        }
        Magic.outb(EXIT_PORT, EXIT_SHUTDOWN);
        for (;;) {
            Magic.hlt();
        }
    }

    /** Bytes a new thread's first switch pops: six callee-saved registers and the return address. */
    static final int INITIAL_FRAME = 8 * 8;

    /** Bytes from a saved stack pointer to the saved rbp and to the return address (see ThreadRoutines). */
    static final int SAVED_RBP = 40;
    static final int SAVED_RETURN = 48;

    private X86InterruptFrames interruptFrames;

    @Override
    public PageTableFormat pageTableFormat() {
        return new X86PageTableFormat();
    }

    @Override
    public PhysicalMemory physicalMemory() {
        return new X86PhysicalMemory();
    }

    @Override
    public long stackRangeStart() {
        return X86StackRange.START;
    }

    @Override
    public long stackRangeEnd() {
        return X86StackRange.END;
    }

    @Override
    public InterruptFrames interruptFrames() {
        if (interruptFrames == null) {
            interruptFrames = new X86InterruptFrames();
        }
        return interruptFrames;
    }

    @Override
    public long savedReturnAddress(long context) {
        return Magic.load64(Magic.load64(context) + SAVED_RETURN);
    }

    @Override
    public long savedFramePointer(long context) {
        return Magic.load64(Magic.load64(context) + SAVED_RBP);
    }

    /** Round trips averaged by {@link #interruptRoundTripCycles}. */
    static final int ROUND_TRIPS = 64;

    @Override
    public long interruptRoundTripCycles() {
        Magic.interruptRoundTrip(); // the first one warms the caches and the TLB
        long total = 0;
        for (int i = 0; i < ROUND_TRIPS; i++) {
            total += Magic.interruptRoundTrip();
        }
        return total / ROUND_TRIPS;
    }

    @Override
    public void attachThreads(ThreadEvents events) {
        // Out of reset the PIC delivers IRQ 0..7 on vectors 8..15, the CPU's own exceptions: move
        // them away and mask them before the kernel first enables interrupts.
        Pic8259.remap();
        X86Interrupts.attach(events);
    }

    @Override
    public void startTimer(int hz) {
        Pit8254.start(hz);
        Pic8259.setEnabled(X86Interrupts.TIMER_IRQ, true);
    }

    @Override
    public void stopTimer() {
        Pic8259.setEnabled(X86Interrupts.TIMER_IRQ, false);
    }

    /** The save area is a whole frame: room for the context block, whose FPU state the first switch fills. */
    @Override
    public long adoptCurrentContext(long saveArea) {
        return saveArea;
    }

    /**
     * The context block ({@link ThreadContextLayout}) lies at the bottom of the stack, the thread's
     * FPU and SSE state starting as after a reset: no value of another thread shows through.
     */
    @Override
    public long newThreadContext(long stackLow, long stackHigh) {
        long state = stackLow + ThreadContextLayout.FPU_STATE;
        for (int offset = 0; offset < ThreadContextLayout.FPU_STATE_BYTES; offset += 8) {
            Magic.store64(state + offset, 0);
        }
        Magic.store16(state + ThreadContextLayout.FCW, ThreadContextLayout.DEFAULT_FCW);
        Magic.store32(state + ThreadContextLayout.MXCSR, ThreadContextLayout.DEFAULT_MXCSR);
        long top = stackHigh & ~15L;
        long sp = top - INITIAL_FRAME;
        for (int slot = 0; slot < 6; slot++) {
            Magic.store64(sp + 8L * slot, 0);
        }
        Magic.store64(sp + 48, Magic.threadTrampoline());
        Magic.store64(sp + 56, 0);
        Magic.store64(stackLow, sp);
        return stackLow;
    }

    /**
     * Also keeps the thread's user run, if any, with it: the run's handler and the stack its entries
     * from ring 3 land on are the running thread's alone, so they are saved here for the thread that
     * is left and restored once it is resumed.
     */
    @Override
    public void switchContext(long from, long to) {
        SyscallHandler runHandler = X86UserMode.runningHandler();
        long entryStack = Magic.userEntryStack();
        int[] ports = X86UserMode.runningPorts();
        Magic.switchContext(from, to);
        X86UserMode.resume(runHandler, entryStack, ports);
    }

    private final X86UserMode userMode = new X86UserMode();
    private final X86IrqLines irqLines = new X86IrqLines();

    @Override
    public dev.moka.kernel.api.arch.IrqLines irqLines() {
        return irqLines;
    }

    /** The I/O APIC and local APIC: 0xFEC00000 up to 0xFF000000. */
    private static final long APIC_START = 0xFEC0_0000L;
    private static final long APIC_END = 0xFF00_0000L;

    @Override
    public boolean keepsPhysical(long start, long end) {
        return start < APIC_END && end > APIC_START;
    }

    @Override
    public UserMode userMode() {
        return userMode;
    }

    @Override
    public void disableInterrupts() {
        Magic.cli();
    }

    @Override
    public void enableInterrupts() {
        Magic.sti();
    }

    @Override
    public void waitForInterrupt() {
        Magic.sti();
        Magic.hlt();
    }

    @Override
    public long cycles() {
        return Magic.rdtsc();
    }
}
