package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.magic.Magic;

/**
 * Java side of the interrupt and thread entries of the boot code. The boot code calls these static
 * methods by symbol (see {@code X86BootStub.javaEntryPoints()}); they must not allocate.
 */
public final class X86Interrupts {
    /** IRQ line of the PIT. */
    public static final int TIMER_IRQ = 0;
    /** Master's spurious IRQ 7 and slave's IRQ 15 are not acknowledged. */
    private static final int SPURIOUS_MASTER = 7;
    private static final int SPURIOUS_SLAVE = 15;

    /** Offset of the interrupted code selector from the saved registers: 15 registers, vector, error code, rip. */
    private static final int INTERRUPTED_CS = 8 * 15 + 8 * 3;
    /** The code selector of ring 3, with its requested privilege level. */
    private static final long USER_CS = 0x23;

    private static ThreadEvents events;
    private static long spurious;

    private X86Interrupts() {
    }

    static void attach(ThreadEvents threadEvents) {
        events = threadEvents;
    }

    /**
     * Every hardware interrupt (vectors 32..47), with interrupts masked and all registers saved.
     *
     * @param vector the interrupt vector
     * @param frame  address of the saved registers (the layout of {@code InterruptVectors})
     */
    public static void onInterrupt(long vector, long frame) {
        int irq = (int) vector - Pic8259.IRQ_BASE;
        if (irq == SPURIOUS_MASTER || irq == SPURIOUS_SLAVE) {
            spurious++;
            if (irq == SPURIOUS_SLAVE) {
                Pic8259.endOfInterrupt(0);
            }
            return;
        }
        // Acknowledge first: the tick may switch to another thread, which runs with interrupts on.
        Pic8259.endOfInterrupt(irq);
        if (irq == TIMER_IRQ) {
            if (events != null) {
                events.onTick();
            }
        } else {
            X86IrqLines.fired(irq);
        }
        if ((Magic.load16(frame + INTERRUPTED_CS) & 0xFFFF) == USER_CS) {
            // Back to ring 3, maybe after a while on other threads: a program killed meanwhile ends here.
            X86UserMode.resumingUser();
        }
    }

    /**
     * @param address where a stack overflow touched a guard
     * @return the name of the thread that overflowed; the boot thread's before the thread layer exists
     */
    static String overflowingThread(long address) {
        ThreadEvents threads = events;
        return threads == null ? ThreadEvents.BOOT_THREAD : threads.overflowingThread(address);
    }

    /** First code of every new thread, entered from the thread trampoline with interrupts enabled. */
    public static void threadStart() {
        // The switch into a new thread restores no user run: the thread it left had its own.
        X86UserMode.threadStarts();
        ThreadEvents threads = events;
        for (;;) {
            threads.runStep();
        }
    }
}
