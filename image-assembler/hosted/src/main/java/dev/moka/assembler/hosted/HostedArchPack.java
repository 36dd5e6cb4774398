package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import java.util.HashSet;
import java.util.Set;

/**
 * An arch pack as a simulated machine provides it: console, exit, the page-table format and the
 * physical-memory window are the real arch pack's (reaching the simulated devices and MMU through the
 * magic layer), threads are simulated step by step.
 *
 * <p>The JVM cannot switch machine stacks, so a thread started by {@link #newThreadContext} is run
 * by calling {@link ThreadEvents#runStep()}; the code that {@link #adoptCurrentContext adopted} a
 * context keeps its JVM stack. A switch away from an adopted context drives the threads here until a
 * switch comes back to it. The timer is deterministic: the simulated CPU runs
 * {@value #STEPS_PER_SECOND} thread steps per simulated second, so at {@code hz} ticks per second a
 * tick comes after every {@code STEPS_PER_SECOND / hz} steps (at least one; 4 at the default 1000 Hz),
 * or at once when the running thread waits for an interrupt. All threads share the JVM's stack, so a
 * thread that recurses without bound ends with the JVM's StackOverflowError, which
 * {@link HostedRunner} reports as the machine reports a kernel stack overflow.
 */
final class HostedArchPack implements ArchPack {
    /** Thread steps the simulated CPU runs in one simulated second. */
    static final int STEPS_PER_SECOND = 4000;

    private final ArchPack machine;
    private final Set<Long> adopted = new HashSet<>();
    private ThreadEvents events;
    private long nextContext = 1;
    private long current;
    private boolean timerRunning;
    private boolean interruptsEnabled;
    private int stepsSinceTick;
    private int stepsPerTick = 1;

    /** @param machine the architecture's own arch pack, for console, exit and paging */
    HostedArchPack(ArchPack machine) {
        this.machine = machine;
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
    public PageTableFormat pageTableFormat() {
        return machine.pageTableFormat();
    }

    @Override
    public PhysicalMemory physicalMemory() {
        return machine.physicalMemory();
    }

    /** Thread stacks are mapped where the real machine maps them, though stepped threads run on the JVM's stack. */
    @Override
    public long stackRangeStart() {
        return machine.stackRangeStart();
    }

    @Override
    public long stackRangeEnd() {
        return machine.stackRangeEnd();
    }

    /** @return the name of the running thread, for the report of an overflow of the JVM's stack */
    String runningThreadName() {
        return events == null ? ThreadEvents.BOOT_THREAD : events.overflowingThread(0);
    }

    @Override
    public void attachThreads(ThreadEvents threadEvents) {
        events = threadEvents;
    }

    @Override
    public void startTimer(int hz) {
        stepsPerTick = stepsPerTick(hz);
        timerRunning = true;
        stepsSinceTick = 0;
    }

    /** @param hz timer rate @return thread steps between two ticks at that rate */
    static int stepsPerTick(int hz) {
        return hz >= STEPS_PER_SECOND ? 1 : STEPS_PER_SECOND / Math.max(1, hz);
    }

    @Override
    public void stopTimer() {
        timerRunning = false;
    }

    @Override
    public long adoptCurrentContext(long saveArea) {
        long context = nextContext++;
        adopted.add(context);
        current = context;
        return context;
    }

    @Override
    public long newThreadContext(long stackLow, long stackHigh) {
        return nextContext++;
    }

    @Override
    public void switchContext(long from, long to) {
        current = to;
        if (!adopted.contains(from)) {
            return; // a stepped thread: the loop that stepped it goes on with the new one
        }
        while (current != from) {
            if (adopted.contains(current)) {
                throw new MachineFault("switch between two adopted contexts: the JVM cannot resume one from the other");
            }
            events.runStep();
            stepsSinceTick++;
            if (timerRunning && stepsSinceTick >= stepsPerTick) {
                stepsSinceTick = 0;
                boolean enabled = interruptsEnabled;
                interruptsEnabled = false;
                events.onTick();
                interruptsEnabled = enabled;
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
        if (!timerRunning) {
            throw new MachineHalted("idle with the timer stopped: no interrupt can wake the CPU");
        }
        interruptsEnabled = true;
        stepsSinceTick = stepsPerTick;
    }

    @Override
    public long cycles() {
        return Magic.rdtsc();
    }
}
