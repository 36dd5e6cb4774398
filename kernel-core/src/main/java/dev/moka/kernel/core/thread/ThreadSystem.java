package dev.moka.kernel.core.thread;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.core.heap.AllocationGuard;
import dev.moka.kernel.core.heap.Heap;
import dev.moka.kernel.core.heap.Roots;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.core.heap.StackSet;
import dev.moka.kernel.core.sync.MonitorThreads;
import dev.moka.kernel.core.sync.Monitors;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * The kernel's thread layer: creates threads, keeps the policy's run set in step with their states,
 * and switches contexts when the policy picks another task. Yield, sleep, block and wake are here,
 * and the parking that {@link Monitors} uses for contended monitors; the choice of who runs is the
 * {@link Scheduler}'s alone.
 *
 * <p>The code that creates this object becomes the thread {@code main}. Operations called by threads
 * mask interrupts while they change state; {@link #onTick()} runs with interrupts masked already.
 *
 * <p>Every other thread runs on a stack of its own in the kernel's {@link StackSpace} (the arch
 * pack's stack range, mapped by the image's paging code), with an unmapped guard below it
 * ({@link KernelStacks}). A thread that ends or is stopped gives back its
 * stack and its id ({@link ThreadTable}); a thread that ends still runs on its stack while it
 * switches away, so the next thread to run completes its exit.
 */
public final class ThreadSystem implements ThreadEvents {
    /** How many picks {@link #tracedPick} keeps. */
    public static final int TRACE_LENGTH = 50;

    private final ArchPack arch;
    /** The machine's MMU, for the threads of user programs; null on a machine without one. */
    private final dev.moka.kernel.api.mm.PhysicalMemory memory;
    private final Scheduler scheduler;
    private final KernelStacks stacks;
    private final ThreadTable threads = new ThreadTable();
    /** The first picks; null for none (the idle thread). Threads, not ids: a later thread may reuse an id. */
    private final KernelThread[] trace = new KernelThread[TRACE_LENGTH];
    private final KernelThread idle;
    /** A thread that ended and switched away; the next thread to run gives back its stack and id. */
    private KernelThread exited;
    private int traceCount;
    private KernelThread current;
    private KernelThread sleepers;
    private long ticks;
    private long switches;
    private long switchStartedAt;
    private long switchCycles;
    private long switchesMeasured;
    /** Non-zero while the running thread allocates: ticks are counted but do not switch threads. */
    private int preemptionDisabled;
    /** True while the heap plan collects: ticks then belong to the collector, not to the running thread. */
    private boolean collecting;
    private long collectorTicks;
    /** The policy asked to preempt the running thread while it allocated: switch when the allocation ends. */
    private boolean preemptionPending;
    /** The timer's rate once started, for timed parks; 0 before. */
    private int timerHz;
    /** The cycle counter at the last tick, and a running mean of cycles per tick: for {@link #uptimeNanos}. */
    private long tickCycles;
    private long cyclesPerTick;

    /**
     * Makes the running code the thread {@code main} (runnable, in the policy's run set) and prepares
     * the idle thread.
     *
     * @param arch          the machine
     * @param scheduler     the policy
     * @param frames        where the frames of thread stacks come from, initialised
     * @param space         where thread stacks are mapped ({@code KernelContext.stackSpace()}), or null
     *                      when the kernel has none
     * @param mainNice      niceness of {@code main}
     * @param mainPriority  priority of {@code main}
     * @throws IllegalStateException when there is no {@link StackSpace} or memory ran out for the
     *                               idle thread
     */
    public ThreadSystem(ArchPack arch, Scheduler scheduler, FrameAllocator frames, StackSpace space, int mainNice,
                        int mainPriority) {
        if (space == null) {
            throw new IllegalStateException("no stack space for threads: the arch pack " + arch.name()
                    + " states no stack range, or the image has no paging code to map it");
        }
        this.arch = arch;
        this.memory = arch.physicalMemory();
        this.scheduler = scheduler;
        this.stacks = new KernelStacks(space, frames);
        // The main thread keeps its boot stack; it needs memory only for its saved state.
        long saveArea = frames.allocate();
        int mainId = threads.reserve();
        KernelThread main = new KernelThread(new Task(mainId, ThreadEvents.BOOT_THREAD, mainNice, mainPriority),
                arch.adoptCurrentContext(saveArea), null, 0);
        threads.put(mainId, main);
        long idleStack = stacks.allocate();
        if (idleStack == KernelStacks.NONE) {
            throw new IllegalStateException("no memory for the idle thread's stack");
        }
        idle = new KernelThread(new Task(-1, "idle", 0, 0), arch.newThreadContext(idleStack, KernelStacks.top(idleStack)),
                new IdleBody(arch), idleStack);
        current = main;
        // From here on the heap must see every thread's stack and no allocation may be preempted.
        Roots.setInterruptFrames(arch.interruptFrames());
        Roots.setStacks(new SuspendedStacks());
        Heap.setGuard(new NoPreemption());
        Monitors.switchedTo(main.task.id());
        Monitors.attach(new MonitorParking());
        arch.attachThreads(this);
        arch.disableInterrupts();
        scheduler.enqueue(main.task);
        arch.enableInterrupts();
    }

    /**
     * Creates a runnable thread.
     *
     * @param name     its name
     * @param nice     niceness for weighted policies
     * @param priority level for priority policies
     * @param body     what it runs
     * @return the thread, or null when there is no memory (or no room in the stack space) for another
     */
    public KernelThread spawn(String name, int nice, int priority, ThreadBody body) {
        // The table and the stacks also change on the timer's path, when an ended thread is reclaimed.
        arch.disableInterrupts();
        KernelThread thread = null;
        int id = threads.reserve();
        long stack = stacks.allocate();
        if (stack == KernelStacks.NONE) {
            threads.release(id);
        } else {
            thread = new KernelThread(new Task(id, name, nice, priority),
                    arch.newThreadContext(stack, KernelStacks.top(stack)), body, stack);
            threads.put(id, thread);
            scheduler.enqueue(thread.task);
        }
        arch.enableInterrupts();
        return thread;
    }

    /**
     * Ties a thread to an address space: whenever it is switched to, that space is made the active
     * one first. Kernel threads (root 0) run in whatever space is active, since every space shares
     * the kernel half.
     *
     * @param thread a live thread
     * @param root   the physical address of the space's root table, or 0 for none
     */
    public void setAddressSpace(KernelThread thread, long root) {
        thread.spaceRoot = root;
    }

    /** Starts the timer at {@code hz} ticks per second. */
    public void startTimer(int hz) {
        timerHz = hz;
        arch.startTimer(hz);
    }

    /** Stops the timer. */
    public void stopTimer() {
        arch.stopTimer();
    }

    /** The running thread gives up the rest of its slice and stays runnable. */
    public void yieldNow() {
        arch.disableInterrupts();
        scheduler.yield(current.task);
        reschedule();
        arch.enableInterrupts();
    }

    /**
     * The running thread sleeps for {@code duration} timer ticks (at least one).
     *
     * @param duration ticks to sleep
     */
    public void sleep(long duration) {
        arch.disableInterrupts();
        KernelThread self = current;
        self.wakeTick = ticks + (duration < 1 ? 1 : duration);
        self.state = KernelThread.SLEEPING;
        scheduler.dequeue(self.task);
        self.next = sleepers;
        sleepers = self;
        reschedule();
        arch.enableInterrupts();
    }

    /**
     * The running thread waits on {@code queue} until {@link #wakeOne} picks it.
     *
     * @param queue where to wait
     */
    public void block(WaitQueue queue) {
        arch.disableInterrupts();
        KernelThread self = current;
        self.state = KernelThread.BLOCKED;
        scheduler.dequeue(self.task);
        queue.add(self);
        reschedule();
        arch.enableInterrupts();
    }

    /**
     * As {@link #block}, but the wait ends early when the thread is {@linkplain #interrupt interrupted},
     * and does not begin when it was interrupted already.
     *
     * @param queue where to wait
     * @return true when a {@link #wakeOne} woke the thread; false when it was interrupted
     */
    public boolean blockInterruptibly(WaitQueue queue) {
        arch.disableInterrupts();
        KernelThread self = current;
        if (!self.interrupted) {
            self.state = KernelThread.BLOCKED;
            scheduler.dequeue(self.task);
            queue.add(self);
            reschedule();
        }
        boolean woken = !self.interrupted;
        arch.enableInterrupts();
        return woken;
    }

    /**
     * As {@link #sleep}, but the sleep ends early when the thread is {@linkplain #interrupt interrupted},
     * and does not begin when it was interrupted already.
     *
     * @param duration ticks to sleep, at least one; a duration beyond the tick counter's range sleeps
     *                 until interrupted
     * @return true when the time ran out; false when the thread was interrupted
     */
    public boolean sleepInterruptibly(long duration) {
        arch.disableInterrupts();
        KernelThread self = current;
        if (!self.interrupted) {
            long ticksToSleep = duration < 1 ? 1 : duration;
            self.wakeTick = ticksToSleep >= Long.MAX_VALUE - ticks ? Long.MAX_VALUE : ticks + ticksToSleep;
            self.state = KernelThread.SLEEPING;
            scheduler.dequeue(self.task);
            self.next = sleepers;
            sleepers = self;
            reschedule();
        }
        boolean slept = !self.interrupted;
        arch.enableInterrupts();
        return slept;
    }

    /**
     * Interrupts a thread for good, as the end of its process asks: from now on its interruptible
     * waits ({@link #blockInterruptibly}, {@link #sleepInterruptibly}) return false at once, and the
     * one it is in, if any, ends now. A thread parked on a monitor is not woken (monitors are held
     * briefly); it sees the interrupt at its next interruptible wait. Callable from any thread.
     *
     * @param thread a live thread
     */
    public void interrupt(KernelThread thread) {
        arch.disableInterrupts();
        thread.interrupted = true;
        if (!thread.parked && thread != current) {
            if (thread.state == KernelThread.SLEEPING) {
                removeSleeper(thread);
                makeRunnable(thread);
            } else if (thread.state == KernelThread.BLOCKED && thread.waitingOn != null) {
                thread.waitingOn.remove(thread);
                makeRunnable(thread);
            }
        }
        arch.enableInterrupts();
    }

    /** @return whether the running thread was {@linkplain #interrupt interrupted} */
    public boolean interrupted() {
        return current.interrupted;
    }

    /** @return the timer's rate in ticks per second, or 0 before {@link #startTimer} */
    public int timerHz() {
        return timerHz;
    }

    /**
     * Time since the timer started, in nanoseconds: the timer's ticks, which keep real time, plus
     * the part of the current tick the cycle counter has seen, at the cycles per tick measured so
     * far. Never goes back: the part of a tick stays below one tick. Without a timer, the cycle count.
     *
     * @return nanoseconds, not negative
     */
    public long uptimeNanos() {
        int hz = timerHz;
        if (hz == 0) {
            return arch.cycles();
        }
        long nanosPerTick = 1_000_000_000L / hz;
        for (;;) {
            long tick = ticks;
            long at = tickCycles;
            long per = cyclesPerTick;
            long since = arch.cycles() - at;
            if (tick != ticks) {
                continue; // a tick came in between: read again
            }
            long within = per <= 0 || at == 0 || since <= 0 ? 0
                    : Math.min(nanosPerTick - 1, Math.min(since, 2 * per) * nanosPerTick / per);
            return tick * nanosPerTick + within;
        }
    }

    /**
     * Makes every thread waiting on the queue now runnable, as one step: a woken thread that waits
     * on the queue again before this returns waits for the next wake.
     *
     * @param queue a wait queue
     * @return how many threads were woken
     */
    public int wakeAll(WaitQueue queue) {
        arch.disableInterrupts();
        KernelThread waiter = queue.head;
        queue.head = null;
        queue.tail = null;
        int woken = 0;
        while (waiter != null) {
            KernelThread following = waiter.next;
            waiter.next = null;
            waiter.waitingOn = null;
            if (waiter.state != KernelThread.EXITED) { // stopped while it waited: its stack is gone
                makeRunnable(waiter);
                woken++;
            }
            waiter = following;
        }
        arch.enableInterrupts();
        return woken;
    }

    /**
     * Makes the longest waiting thread of {@code queue} runnable; called by threads.
     *
     * @param queue the queue
     * @return whether a thread was woken
     */
    public boolean wakeOne(WaitQueue queue) {
        arch.disableInterrupts();
        KernelThread woken = queue.poll();
        while (woken != null && woken.state == KernelThread.EXITED) {
            woken = queue.poll(); // stopped while it waited: its stack is gone
        }
        if (woken != null) {
            makeRunnable(woken);
        }
        arch.enableInterrupts();
        return woken != null;
    }

    /**
     * As {@link #wakeOne}, from an interrupt handler: interrupts are masked and stay masked, and the
     * woken thread runs at the next scheduling point (a tick, or the running thread's next wait), as a
     * sleeper the tick wakes does. Allocates nothing.
     *
     * @param queue where the thread waits
     */
    public void wakeOneFromInterrupt(WaitQueue queue) {
        KernelThread woken = queue.poll();
        while (woken != null && woken.state == KernelThread.EXITED) {
            woken = queue.poll();
        }
        if (woken != null) {
            makeRunnable(woken);
        }
    }

    /**
     * Stops a thread for good: it leaves the run set (or its wait) and never runs again, and its
     * stack and id are given back at once. A thread may not stop itself this way; its body returns
     * false instead.
     *
     * @param thread another thread
     */
    public void stop(KernelThread thread) {
        if (thread == current || thread == idle) {
            return;
        }
        arch.disableInterrupts();
        if (thread.state != KernelThread.EXITED) {
            if (thread.state == KernelThread.RUNNABLE) {
                scheduler.dequeue(thread.task);
            } else if (thread.state == KernelThread.SLEEPING) {
                removeSleeper(thread);
            }
            thread.state = KernelThread.EXITED;
            reclaim(thread);
        }
        arch.enableInterrupts();
    }

    @Override
    public void onTick() {
        long now = arch.cycles();
        long last = tickCycles;
        if (last != 0 && now > last) {
            long delta = now - last;
            cyclesPerTick = cyclesPerTick == 0 ? delta : (cyclesPerTick * 7 + delta) / 8;
        }
        tickCycles = now;
        ticks++;
        KernelThread running = current;
        if (collecting) {
            collectorTicks++;
        } else if (running != idle) {
            running.ticksRun++;
        }
        wakeSleepers();
        if (preemptionDisabled > 0) {
            // An allocation is under way and may not be preempted. Its ticks still count against the
            // thread's slice, and a switch the policy asks for happens when the allocation ends; a
            // collection's ticks count against nothing.
            if (!collecting && running != idle && scheduler.tick(running.task)) {
                preemptionPending = true;
            }
            return;
        }
        if (running == idle) {
            if (scheduler.pickNext() != null) {
                reschedule();
            }
        } else if (scheduler.tick(running.task)) {
            reschedule();
        }
    }

    @Override
    public void runStep() {
        if (exited != null) {
            // A new thread's first step: the thread it replaced may have ended.
            arch.disableInterrupts();
            reclaimExited();
            arch.enableInterrupts();
        }
        KernelThread running = current;
        if (!running.body.step()) {
            arch.disableInterrupts();
            running.state = KernelThread.EXITED;
            scheduler.dequeue(running.task);
            exited = running;
            reschedule();
            arch.enableInterrupts();
        }
    }

    @Override
    public String overflowingThread(long address) {
        if (address != 0) {
            for (int id = 0; id < threads.bound(); id++) {
                KernelThread thread = threads.get(id);
                if (thread != null && thread.stack != 0 && KernelStacks.inSlot(thread.stack, address)) {
                    return thread.name();
                }
            }
            if (KernelStacks.inSlot(idle.stack, address)) {
                return idle.name();
            }
        }
        return current.name();
    }

    /** @return timer ticks since the timer started */
    public long ticks() {
        return ticks;
    }

    /**
     * @return timer ticks that arrived while the heap plan collected: charged to no thread (nor to
     *         the policy's slice), so a collection one thread happened to trigger costs it nothing
     */
    public long collectorTicks() {
        return collectorTicks;
    }

    /** @return context switches so far */
    public long switches() {
        return switches;
    }

    /** @return the running thread */
    public KernelThread current() {
        return current;
    }

    /** @return the number of live threads, main included, idle not; ended threads are not counted */
    public int threadCount() {
        return threads.live();
    }

    /** @param id a task id @return the live thread with that id, or null */
    public KernelThread thread(int id) {
        return threads.get(id);
    }

    /** @return how many thread stacks are mapped now, the idle thread's included */
    public int liveStacks() {
        return stacks.live();
    }

    /** @return how many picks {@link #tracedPick} can report, at most {@link #TRACE_LENGTH} */
    public int traceCount() {
        return traceCount;
    }

    /** @param index a pick, from 0 @return the thread the policy picked then, null for none (idle) */
    public KernelThread tracedPick(int index) {
        return trace[index];
    }

    /** Asks the policy who runs and switches to it; the idle thread when nobody is runnable. */
    private void reschedule() {
        Task picked = scheduler.pickNext();
        KernelThread next = picked == null ? idle : threads.get(picked.id());
        if (traceCount < TRACE_LENGTH) {
            trace[traceCount++] = picked == null ? null : next;
        }
        if (next == current) {
            return;
        }
        KernelThread previous = current;
        current = next;
        Monitors.switchedTo(monitorId(next));
        switches++;
        switchStartedAt = arch.cycles();
        if (next.spaceRoot != 0 && memory != null && memory.activeRoot() != next.spaceRoot) {
            memory.activate(next.spaceRoot);
        }
        arch.switchContext(previous.context, next.context);
        // Back in this thread: the thread that switched to it recorded when it started. Under
        // QEMU's -icount the cycle counter counts guest instructions, which makes this a cost figure.
        switchCycles += arch.cycles() - switchStartedAt;
        switchesMeasured++;
        reclaimExited();
    }

    /** Completes the exit of the thread that ended, once it no longer runs on its stack. Interrupts masked. */
    private void reclaimExited() {
        KernelThread ended = exited;
        if (ended != null && ended != current) {
            exited = null;
            reclaim(ended);
        }
    }

    /** Gives back an ended thread's stack and id. Interrupts masked; allocates nothing. */
    private void reclaim(KernelThread thread) {
        stacks.free(thread.stack);
        arch.releaseThreadContext(thread.context);
        threads.remove(thread.task.id());
    }

    /** @return the mean time-stamp-counter cycles from a switch's start to the resumed thread, or 0 */
    public long meanSwitchCycles() {
        return switchesMeasured == 0 ? 0 : switchCycles / switchesMeasured;
    }

    /** @return how many switches {@link #meanSwitchCycles()} averages */
    public long switchesMeasured() {
        return switchesMeasured;
    }

    /** The monitor id of the idle thread, which has no task id of its own: above any id the table hands out. */
    private static final int IDLE_MONITOR_ID = Integer.MAX_VALUE;

    /** @return the thread's id for {@link Monitors}: its task id, and {@link #IDLE_MONITOR_ID} for the idle thread */
    private int monitorId(KernelThread thread) {
        return thread == idle ? IDLE_MONITOR_ID : thread.task.id();
    }

    /** Blocks the running thread until {@link #unpark}; interrupts are masked before and after. */
    private void park() {
        KernelThread self = current;
        self.parked = true;
        self.state = KernelThread.BLOCKED;
        scheduler.dequeue(self.task);
        reschedule();
        self.parked = false;
    }

    /** As {@link #park}, but the thread also wakes after {@code ticks} timer ticks (at least one). */
    private void parkFor(long duration) {
        KernelThread self = current;
        self.parked = true;
        self.wakeTick = duration >= Long.MAX_VALUE - ticks ? Long.MAX_VALUE : ticks + (duration < 1 ? 1 : duration);
        self.state = KernelThread.SLEEPING;
        scheduler.dequeue(self.task);
        self.next = sleepers;
        sleepers = self;
        reschedule();
        self.parked = false;
    }

    /** Makes a parked thread runnable, taking it off the sleep list if its park was timed. Masked. */
    private void unpark(KernelThread thread) {
        if (!thread.parked) {
            return;
        }
        if (thread.state == KernelThread.SLEEPING) {
            removeSleeper(thread);
            makeRunnable(thread);
        } else if (thread.state == KernelThread.BLOCKED) {
            makeRunnable(thread);
        }
    }

    private void makeRunnable(KernelThread thread) {
        thread.state = KernelThread.RUNNABLE;
        scheduler.enqueue(thread.task);
    }

    private void wakeSleepers() {
        KernelThread previous = null;
        KernelThread sleeper = sleepers;
        while (sleeper != null) {
            KernelThread following = sleeper.next;
            if (sleeper.wakeTick <= ticks) {
                if (previous == null) {
                    sleepers = following;
                } else {
                    previous.next = following;
                }
                sleeper.next = null;
                makeRunnable(sleeper);
            } else {
                previous = sleeper;
            }
            sleeper = following;
        }
    }

    private void removeSleeper(KernelThread thread) {
        KernelThread previous = null;
        for (KernelThread s = sleepers; s != null; s = s.next) {
            if (s == thread) {
                if (previous == null) {
                    sleepers = s.next;
                } else {
                    previous.next = s.next;
                }
                s.next = null;
                return;
            }
            previous = s;
        }
    }

    /** Keeps allocations and collections from being preempted (see {@link Heap#setGuard}). */
    private final class NoPreemption implements AllocationGuard {
        @Override
        public long enter() {
            preemptionDisabled++;
            return 0;
        }

        @Override
        public void exit(long token) {
            preemptionDisabled--;
            if (preemptionDisabled == 0 && preemptionPending) {
                // A tick found the thread allocating, with interrupts enabled, and its slice used up.
                preemptionPending = false;
                arch.disableInterrupts();
                reschedule();
                arch.enableInterrupts();
            }
        }

        @Override
        public void collectionBegins() {
            collecting = true;
        }

        @Override
        public void collectionEnds() {
            collecting = false;
        }
    }

    /** Lets {@link Monitors} mask preemption and park the threads that wait for a monitor. */
    private final class MonitorParking implements MonitorThreads {
        @Override
        public void mask() {
            arch.disableInterrupts();
        }

        @Override
        public void unmask() {
            arch.enableInterrupts();
        }

        @Override
        public void park() {
            ThreadSystem.this.park();
        }

        @Override
        public void parkFor(long millis) {
            // Rounded up, so that a wait never ends early; without a timer, one tick per millisecond.
            long ticksToWait = timerHz == 0 || millis > Integer.MAX_VALUE ? millis : (millis * timerHz + 999) / 1000;
            ThreadSystem.this.parkFor(ticksToWait);
        }

        @Override
        public void unpark(int thread) {
            KernelThread target = thread >= 0 && thread < threads.bound() ? threads.get(thread) : null;
            if (target != null) {
                ThreadSystem.this.unpark(target);
            }
        }
    }

    /**
     * The stacks of the threads that are not running, for collections: each was suspended by a
     * switch, so it resumes in Java code whose stack map is known; deeper down, a thread preempted by
     * the timer has an interrupted frame, which the walk reports as ambiguous.
     */
    private final class SuspendedStacks implements StackSet {
        @Override
        public void visitSuspended(SlotVisitor precise, SlotVisitor ambiguous) {
            for (int id = 0; id < threads.bound(); id++) {
                KernelThread thread = threads.get(id);
                if (thread != null) {
                    visit(thread, precise, ambiguous);
                }
            }
            visit(idle, precise, ambiguous);
        }

        private void visit(KernelThread thread, SlotVisitor precise, SlotVisitor ambiguous) {
            if (thread == current || thread.state == KernelThread.EXITED) {
                return;
            }
            Roots.visitSavedContext(arch.savedReturnAddress(thread.context), arch.savedFramePointer(thread.context),
                    precise, ambiguous);
        }
    }
}
