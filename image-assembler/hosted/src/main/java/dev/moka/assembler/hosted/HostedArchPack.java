package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.IrqLines;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An arch pack as a simulated machine provides it: console, exit, the page-table format and the
 * physical-memory window are the real arch pack's (reaching the simulated devices and MMU through the
 * magic layer); kernel threads are JVM threads that take turns.
 *
 * <p>The JVM cannot switch machine stacks, so each thread started by {@link #newThreadContext} gets
 * a JVM thread of its own that calls {@link ThreadEvents#runStep()} over and over, and the code that
 * {@link #adoptCurrentContext adopted} a context keeps the JVM thread it runs on. Exactly one of them
 * runs at a time: {@link #switchContext} hands a baton to the thread it resumes and parks the one that
 * called it until a later switch hands the baton back, so a thread that sleeps, blocks on a monitor
 * or yields in the middle of a step is suspended right there, as a native thread is, and the run
 * does not depend on how the JVM schedules its threads.
 *
 * <p>The timer is deterministic: the simulated CPU runs {@value #STEPS_PER_SECOND} thread steps per
 * simulated second, so at {@code hz} ticks per second a tick comes after every
 * {@code STEPS_PER_SECOND / hz} steps (at least one; 4 at the default 1000 Hz), or at once when the
 * running thread waits for an interrupt. Each tick moves the machine's simulated time on by one timer
 * period and is when the simulated devices' interrupts arrive, before the kernel's tick handler runs.
 * A thread that recurses without bound ends with its JVM thread's StackOverflowError, which
 * {@link HostedRunner} reports as the machine reports a kernel stack overflow.
 */
final class HostedArchPack implements ArchPack {
    /** Thread steps the simulated CPU runs in one simulated second. */
    static final int STEPS_PER_SECOND = 4000;
    /** Stack of each thread's JVM thread: deep enough for any step the kernel takes, small enough to overflow soon. */
    private static final long THREAD_STACK_BYTES = 16L << 20;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** How long the end of a run waits for one parked JVM thread to unwind. */
    private static final long UNWIND_WAIT_MILLIS = 10_000;

    private final ArchPack machine;
    private final SimulatedMachine simulated;
    private final Object baton = new Object();
    /** Every live context by handle. Guarded by {@link #baton}. */
    private final Map<Long, Context> contexts = new HashMap<>();
    private ThreadEvents events;
    private long nextContext = 1;
    /** The handle of the context holding the baton. Guarded by {@link #baton}. */
    private long current;
    /** How the run ended when a stepped thread ended it; rethrown in the adopted context. Guarded by {@link #baton}. */
    private Throwable ending;
    // The timer's state is written by whichever JVM thread holds the baton; the lock makes the
    // ordering the baton already gives visible to every reader.
    /** Guarded by {@link #baton}. */
    private boolean timerRunning;
    /** Guarded by {@link #baton}. */
    private int stepsSinceTick;
    /** Guarded by {@link #baton}. */
    private int stepsPerTick = 1;
    /** The simulated time a tick stands for: one period of the kernel's timer. Guarded by {@link #baton}. */
    private long nanosPerTick;
    private volatile boolean interruptsEnabled;
    /** Set by the JVM thread whose stack overflowed, before the adopted context reads it. */
    private volatile String overflowingThread;
    /** The user mode of hosted programs, or null. */
    private UserMode userMode;

    /**
     * @param machine   the architecture's own arch pack, for console, exit and paging
     * @param simulated the simulated machine, whose time the timer drives and whose devices interrupt
     */
    HostedArchPack(ArchPack machine, SimulatedMachine simulated) {
        this.machine = machine;
        this.simulated = simulated;
    }

    @Override
    public String name() {
        return machine.name();
    }

    @Override
    public void consoleWrite(int b) {
        machine.consoleWrite(b);
    }

    @Override
    public void exit(boolean success) {
        machine.exit(success);
    }

    @Override
    public int consoleRead() {
        return machine.consoleRead();
    }

    /** The machine's own shutdown: the status line on the debug console, then the exit device. */
    @Override
    public void shutdown(int status) {
        machine.shutdown(status);
    }

    /**
     * Gives the machine a user mode for hosted Java programs. Without one ({@link #userMode()} null)
     * the kernel runs no programs, as before: the image carries none hosted.
     *
     * @param mode the user mode
     */
    void attachUserMode(UserMode mode) {
        this.userMode = mode;
    }

    @Override
    public UserMode userMode() {
        return userMode;
    }

    /**
     * A hosted program finished one step of work on the CPU, in ring 3.
     *
     * @return whether the timer ticks now: the program's kernel thread then takes the interrupt
     */
    boolean stepDone() {
        return tickDue();
    }

    /**
     * The timer's interrupt, taken on the current thread as the interrupt entry takes it, between two
     * steps or from ring 3: simulated time goes on by one period, the devices' interrupts that came
     * meanwhile are delivered, then the kernel takes the tick.
     */
    void timerInterrupt() {
        boolean enabled = interruptsEnabled;
        interruptsEnabled = false;
        long nanos;
        synchronized (baton) {
            nanos = nanosPerTick;
        }
        simulated.timerTick(nanos);
        simulated.irqLines().deliver();
        events.onTick();
        interruptsEnabled = enabled;
    }

    @Override
    public IrqLines irqLines() {
        return simulated.irqLines();
    }

    @Override
    public PageTableFormat pageTableFormat() {
        return machine.pageTableFormat();
    }

    @Override
    public PhysicalMemory physicalMemory() {
        return machine.physicalMemory();
    }

    /** The device memory the real machine's kernel keeps (the APICs on x86_64) is the kernel's here too. */
    @Override
    public boolean keepsPhysical(long start, long end) {
        return machine.keepsPhysical(start, end);
    }

    /** Thread stacks are mapped where the real machine maps them, though the threads run on JVM stacks. */
    @Override
    public long stackRangeStart() {
        return machine.stackRangeStart();
    }

    @Override
    public long stackRangeEnd() {
        return machine.stackRangeEnd();
    }

    /** @return the name of the thread whose JVM stack overflowed, for the report of the overflow */
    String runningThreadName() {
        if (overflowingThread != null) {
            return overflowingThread;
        }
        return events == null ? ThreadEvents.BOOT_THREAD : events.overflowingThread(0);
    }

    @Override
    public void attachThreads(ThreadEvents threadEvents) {
        events = threadEvents;
    }

    @Override
    public void startTimer(int hz) {
        synchronized (baton) {
            stepsPerTick = stepsPerTick(hz);
            nanosPerTick = NANOS_PER_SECOND / Math.max(1, hz);
            timerRunning = true;
            stepsSinceTick = 0;
        }
    }

    /** @param hz timer rate @return thread steps between two ticks at that rate */
    static int stepsPerTick(int hz) {
        return hz >= STEPS_PER_SECOND ? 1 : STEPS_PER_SECOND / Math.max(1, hz);
    }

    @Override
    public void stopTimer() {
        synchronized (baton) {
            timerRunning = false;
        }
    }

    @Override
    public long adoptCurrentContext(long saveArea) {
        synchronized (baton) {
            Context context = new Context(nextContext++, true);
            context.thread = Thread.currentThread();
            contexts.put(context.handle, context);
            current = context.handle;
            return context.handle;
        }
    }

    @Override
    public long newThreadContext(long stackLow, long stackHigh) {
        synchronized (baton) {
            Context context = new Context(nextContext++, false);
            contexts.put(context.handle, context);
            return context.handle;
        }
    }

    /**
     * The kernel gave back an ended thread's stack. Its JVM thread is parked in the switch that left
     * it, called from the step in which the thread ended; it unwinds from there, through no kernel
     * code but that step's return path, and ends.
     */
    @Override
    public void releaseThreadContext(long handle) {
        synchronized (baton) {
            Context context = contexts.remove(handle);
            if (context != null) {
                context.released = true;
                baton.notifyAll();
            }
        }
    }

    @Override
    public void switchContext(long from, long to) {
        synchronized (baton) {
            Context resumed = contexts.get(to);
            Context left = contexts.get(from);
            if (resumed == null || left == null) {
                throw new MachineFault("switch from context " + from + " to " + to + ": no such thread");
            }
            current = to;
            if (resumed.thread == null) {
                resumed.thread = Thread.ofPlatform().daemon().name("moka-thread-" + to)
                        .stackSize(THREAD_STACK_BYTES).unstarted(() -> runThread(resumed));
                resumed.thread.start();
            } else {
                baton.notifyAll();
            }
            awaitBaton(left);
        }
    }

    /** Parks the calling thread until its context holds the baton again. Holds {@link #baton}. */
    private void awaitBaton(Context context) {
        for (;;) {
            if (context.adopted && ending != null) {
                Throwable end = ending;
                ending = null;
                rethrow(end);
            }
            if (context.released) {
                throw new ContextEnded();
            }
            if (current == context.handle) {
                return;
            }
            try {
                baton.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContextEnded();
            }
        }
    }

    private static void rethrow(Throwable end) {
        if (end instanceof RuntimeException e) {
            throw e;
        }
        if (end instanceof Error e) {
            throw e;
        }
        throw new MachineFault("a kernel thread ended with " + end);
    }

    /** Body of a stepped thread's JVM thread: steps, with the timer's ticks between steps, until the run ends. */
    private void runThread(Context context) {
        try {
            synchronized (baton) {
                awaitBaton(context);
            }
            for (;;) {
                events.runStep();
                if (tickDue()) {
                    timerInterrupt();
                }
            }
        } catch (ContextEnded ended) {
            // The run is over or the kernel reclaimed this thread: nothing resumes it.
        } catch (StackOverflowError overflow) {
            overflowingThread = events.overflowingThread(0);
            endRun(overflow);
        } catch (RuntimeException | Error failure) {
            endRun(failure);
        }
    }

    /** Counts a finished step; @return whether the timer ticks now */
    private boolean tickDue() {
        synchronized (baton) {
            stepsSinceTick++;
            if (timerRunning && stepsSinceTick >= stepsPerTick) {
                stepsSinceTick = 0;
                return true;
            }
            return false;
        }
    }

    /** Hands how the run ended to the adopted context, which rethrows it where the boot started. */
    private void endRun(Throwable end) {
        synchronized (baton) {
            if (ending == null) {
                ending = end;
            }
            current = 0;
            baton.notifyAll();
        }
    }

    /**
     * Ends the run: the JVM threads still parked in a switch unwind one after another and end, before
     * this returns, so none of them runs kernel code while another run uses the magic layer.
     */
    void shutDown() {
        List<Context> parked;
        synchronized (baton) {
            parked = new ArrayList<>(contexts.values());
            contexts.clear();
            current = 0;
        }
        for (Context context : parked) {
            if (context.adopted || context.thread == null) {
                continue;
            }
            synchronized (baton) {
                context.released = true;
                baton.notifyAll();
            }
            try {
                context.thread.join(UNWIND_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void disableInterrupts() {
        interruptsEnabled = false;
    }

    @Override
    public void enableInterrupts() {
        interruptsEnabled = true;
    }

    @Override
    public void waitForInterrupt() {
        synchronized (baton) {
            if (!timerRunning) {
                throw new MachineHalted("idle with the timer stopped: no interrupt can wake the CPU");
            }
            stepsSinceTick = stepsPerTick;
        }
        interruptsEnabled = true;
    }

    @Override
    public long cycles() {
        return Magic.rdtsc();
    }

    /** A thread context: the JVM thread that runs it, once one does. Fields guarded by {@link #baton}. */
    private static final class Context {
        final long handle;
        /** Whether the context is the code that ran before the thread layer, on the JVM thread that booted. */
        final boolean adopted;
        Thread thread;
        boolean released;

        Context(long handle, boolean adopted) {
            this.handle = handle;
            this.adopted = adopted;
        }
    }

    /** Unwinds a JVM thread whose kernel thread will never run again. */
    private static final class ContextEnded extends Error {
        private static final long serialVersionUID = 1L;

        ContextEnded() {
            super(null, null, false, false);
        }
    }
}
