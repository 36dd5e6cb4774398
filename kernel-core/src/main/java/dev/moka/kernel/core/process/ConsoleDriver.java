package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.ipc.schemes.DebugScheme;

/**
 * Moves typed bytes from the machine's console into {@code debug:}'s input queue, on a kernel thread
 * of its own that polls the device on the timer: every tick while input flows, every
 * {@value #IDLE_POLL_TICKS} ticks while it does not. It takes no more than the queue has room for, so
 * input a program has not read yet waits in the device (and the host's pipe behind it) instead of
 * being lost. A carriage return becomes a line feed (a terminal's Enter); an interrupt byte
 * (Ctrl-C, {@value #INTERRUPT}) never reaches the queue and goes to the {@link Interrupt} instead.
 */
public final class ConsoleDriver {
    /** The byte a terminal sends for Ctrl-C. */
    public static final int INTERRUPT = 0x03;
    /** Ticks between polls while nothing is typed. */
    static final int IDLE_POLL_TICKS = 10;

    /** What Ctrl-C does: usually ends the console's foreground program. */
    public interface Interrupt {
        /** Called on the console's thread; interrupts may be masked or not when it returns. */
        void interrupt();
    }

    private final ArchPack arch;
    private final ThreadSystem threads;
    private final DebugScheme console;
    private final Interrupt interrupt;
    private final byte[] one = new byte[1];
    private volatile boolean stopped;

    /**
     * @param arch      the machine whose console is read
     * @param threads   the thread layer the driver's thread runs on
     * @param console   the scheme whose readers get the input
     * @param interrupt what Ctrl-C does
     */
    public ConsoleDriver(ArchPack arch, ThreadSystem threads, DebugScheme console, Interrupt interrupt) {
        this.arch = arch;
        this.threads = threads;
        this.console = console;
        this.interrupt = interrupt;
    }

    /** @return the driver's thread, started; null when no thread could be made */
    public KernelThread start() {
        return threads.spawn("console", 0, 0, () -> {
            threads.sleep(poll() ? 1 : IDLE_POLL_TICKS);
            return !stopped;
        });
    }

    /** Ends the driver's thread at its next poll. */
    public void stop() {
        stopped = true;
    }

    /** @return whether any byte arrived */
    boolean poll() {
        boolean arrived = false;
        // The queue's readers are woken from here; scheme code runs with interrupts masked.
        arch.disableInterrupts();
        while (console.inputSpace() > 0) {
            int b = arch.consoleRead();
            if (b < 0) {
                break;
            }
            arrived = true;
            if (b == INTERRUPT) {
                interrupt.interrupt();
                arch.disableInterrupts(); // ending processes may have unmasked them
                continue;
            }
            one[0] = (byte) (b == '\r' ? '\n' : b);
            console.offerInput(one, 0, 1);
        }
        arch.enableInterrupts();
        return arrived;
    }
}
