package dev.moka.kernel.core.thread;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.core.heap.AllocationGuard;
import dev.moka.kernel.core.heap.Heap;
import dev.moka.kernel.core.heap.Roots;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.core.heap.StackSet;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * The kernel's thread layer: creates threads, keeps the policy's run set in step with their states,
 * and switches contexts when the policy picks another task. Yield, sleep, block and wake are here;
 * the choice of who runs is the {@link Scheduler}'s alone.
 *
 * <p>The code that creates this object becomes the thread {@code main}. Operations called by threads
 * mask interrupts while they change state; {@link #onTick()} runs with interrupts masked already.
 */
public final class ThreadSystem implements ThreadEvents {
    /** Most threads, the main and idle threads included. */
    public static final int MAX_THREADS = 64;
    /** How many picks {@link #tracedPick} keeps. */
    public static final int TRACE_LENGTH = 50;
    /** Size of a memory frame. */
    static final long FRAME = 4096;
    /** Frames per thread stack, when the allocator hands out that many in a row. */
    static final int STACK_FRAMES = 4;

    private final ArchPack arch;
    private final Scheduler scheduler;
    private final FrameAllocator frames;
    private final KernelThread[] threads = new KernelThread[MAX_THREADS];
    private final int[] trace = new int[TRACE_LENGTH];
    private final KernelThread idle;
    private int threadCount;
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

    /**
     * Makes the running code the thread {@code main} (runnable, in the policy's run set) and prepares
     * the idle thread.
     *
     * @param arch          the machine
     * @param scheduler     the policy
     * @param frames        where thread stacks come from, initialised
     * @param mainNice      niceness of {@code main}
     * @param mainPriority  priority of {@code main}
     */
    public ThreadSystem(ArchPack arch, Scheduler scheduler, FrameAllocator frames, int mainNice, int mainPriority) {
        this.arch = arch;
        this.scheduler = scheduler;
        this.frames = frames;
        // The main thread keeps its boot stack; it needs memory only for its saved state.
        long saveArea = frames.allocate();
        KernelThread main = register(new Task(0, "main", mainNice, mainPriority), arch.adoptCurrentContext(saveArea),
                null);
        idle = new KernelThread(new Task(-1, "idle", 0, 0), newContext(), new IdleBody(arch));
        current = main;
        // From here on the heap must see every thread's stack and no allocation may be preempted.
        Roots.setInterruptFrames(arch.interruptFrames());
        Roots.setStacks(new SuspendedStacks());
        Heap.setGuard(new NoPreemption());
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
     * @return the thread, or null when there is no room or no memory for another
     */
    public KernelThread spawn(String name, int nice, int priority, ThreadBody body) {
        if (threadCount == MAX_THREADS) {
            return null;
        }
        long context = newContext();
        if (context == FrameAllocator.OUT_OF_MEMORY) {
            return null;
        }
        KernelThread thread = register(new Task(threadCount, name, nice, priority), context, body);
        arch.disableInterrupts();
        scheduler.enqueue(thread.task);
        arch.enableInterrupts();
        return thread;
    }

    /** Starts the timer at {@code hz} ticks per second. */
    public void startTimer(int hz) {
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
     * Makes the longest waiting thread of {@code queue} runnable; called by threads.
     *
     * @param queue the queue
     * @return whether a thread was woken
     */
    public boolean wakeOne(WaitQueue queue) {
        arch.disableInterrupts();
        KernelThread woken = queue.poll();
        if (woken != null) {
            makeRunnable(woken);
        }
        arch.enableInterrupts();
        return woken != null;
    }

    /**
     * Stops a thread for good: it leaves the run set (or its wait) and never runs again. A thread may
     * not stop itself this way; its body returns false instead.
     *
     * @param thread another thread
     */
    public void stop(KernelThread thread) {
        if (thread == current) {
            return;
        }
        arch.disableInterrupts();
        if (thread.state == KernelThread.RUNNABLE) {
            scheduler.dequeue(thread.task);
        } else if (thread.state == KernelThread.SLEEPING) {
            removeSleeper(thread);
        }
        thread.state = KernelThread.EXITED;
        arch.enableInterrupts();
    }

    @Override
    public void onTick() {
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
        KernelThread running = current;
        if (!running.body.step()) {
            arch.disableInterrupts();
            running.state = KernelThread.EXITED;
            scheduler.dequeue(running.task);
            reschedule();
            arch.enableInterrupts();
        }
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

    /** @return the number of threads, main included, idle not */
    public int threadCount() {
        return threadCount;
    }

    /** @param index 0 for main, then in creation order @return the thread */
    public KernelThread thread(int index) {
        return threads[index];
    }

    /** @return how many picks {@link #tracedPick} can report, at most {@link #TRACE_LENGTH} */
    public int traceCount() {
        return traceCount;
    }

    /** @param index a pick, from 0 @return the thread the policy picked then, null for none (idle) */
    public KernelThread tracedPick(int index) {
        int id = trace[index];
        return id < 0 ? null : threads[id];
    }

    private KernelThread register(Task task, long context, ThreadBody body) {
        KernelThread thread = new KernelThread(task, context, body);
        threads[threadCount++] = thread;
        return thread;
    }

    /** Asks the policy who runs and switches to it; the idle thread when nobody is runnable. */
    private void reschedule() {
        Task picked = scheduler.pickNext();
        if (traceCount < TRACE_LENGTH) {
            trace[traceCount++] = picked == null ? -1 : picked.id();
        }
        KernelThread next = picked == null ? idle : threads[picked.id()];
        if (next == current) {
            return;
        }
        KernelThread previous = current;
        current = next;
        switches++;
        switchStartedAt = arch.cycles();
        arch.switchContext(previous.context, next.context);
        // Back in this thread: the thread that switched to it recorded when it started. Under
        // QEMU's -icount the cycle counter counts guest instructions, which makes this a cost figure.
        switchCycles += arch.cycles() - switchStartedAt;
        switchesMeasured++;
    }

    /** @return the mean time-stamp-counter cycles from a switch's start to the resumed thread, or 0 */
    public long meanSwitchCycles() {
        return switchesMeasured == 0 ? 0 : switchCycles / switchesMeasured;
    }

    /** @return how many switches {@link #meanSwitchCycles()} averages */
    public long switchesMeasured() {
        return switchesMeasured;
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

    /** A stack of {@link #STACK_FRAMES} frames when they come in a row, else of one frame; {@link FrameAllocator#OUT_OF_MEMORY} without memory. */
    private long newContext() {
        long low = frames.allocate();
        if (low == FrameAllocator.OUT_OF_MEMORY) {
            return FrameAllocator.OUT_OF_MEMORY;
        }
        long high = low + FRAME;
        for (int i = 1; i < STACK_FRAMES; i++) {
            long more = frames.allocate();
            if (more == high) {
                high += FRAME;
            } else if (more == low - FRAME) {
                low = more;
            } else {
                if (more != FrameAllocator.OUT_OF_MEMORY) {
                    frames.free(more);
                }
                break;
            }
        }
        return arch.newThreadContext(low, high);
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

    /**
     * The stacks of the threads that are not running, for collections: each was suspended by a
     * switch, so it resumes in Java code whose stack map is known; deeper down, a thread preempted by
     * the timer has an interrupted frame, which the walk reports as ambiguous.
     */
    private final class SuspendedStacks implements StackSet {
        @Override
        public void visitSuspended(SlotVisitor precise, SlotVisitor ambiguous) {
            for (int i = 0; i < threadCount; i++) {
                visit(threads[i], precise, ambiguous);
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
