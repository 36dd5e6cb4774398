package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * Weighted fair scheduling by earliest eligible virtual deadline first (EEVDF), with the Linux/Redox
 * nice-to-weight table.
 *
 * <p>Each runnable task has a <em>virtual runtime</em>: every tick it runs adds
 * {@code 1024 / weight} (fixed point, {@value #VIRTUAL_SHIFT} fraction bits), so heavy tasks age
 * slowly. The run set's average is the weight-weighted mean of those runtimes. A task is
 * <em>eligible</em> when its runtime is at most that average (it has received no more than its
 * share), and its <em>virtual deadline</em> is its runtime plus one slice in virtual time. The
 * eligible task with the earliest deadline runs; ties go to the one queued longest.
 *
 * <p>A turn ends when the slice is used up or the task yields; a yield charges the unused rest of
 * the slice, so yielding never moves a task ahead of others. At the end of a turn the task issues a
 * new request: deadline = runtime + slice. New tasks start at the current average, so they neither
 * hoard credit nor wait behind everybody; a woken task is lifted to the average when it is behind it
 * (no credit for sleeping) but keeps a lead it had earned by running (no escape from debt).
 *
 * <p>The average is computed relative to the first queued task, so the sums stay small: runtimes of
 * runnable tasks lie within a few slices of each other.
 */
public final class EevdfScheduler implements Scheduler {
    /** Time slice of the no-argument constructor, in timer ticks. */
    public static final int DEFAULT_SLICE_TICKS = 3;
    /** Weight of a nice-0 task; a tick of such a task adds one virtual tick. */
    public static final int NICE_0_WEIGHT = 1024;
    /** Fraction bits of virtual time. */
    public static final int VIRTUAL_SHIFT = 16;
    /** Lowest nice value; lower values are treated as this. */
    public static final int MIN_NICE = -20;
    /** Highest nice value; higher values are treated as this. */
    public static final int MAX_NICE = 19;

    /** Weights for nice -20..19: each step is about 1.25 times the next, so one nice level is ~10% CPU. */
    private static final int[] NICE_TO_WEIGHT = {
        88761, 71755, 56483, 46273, 36291,
        29154, 23254, 18705, 14949, 11916,
        9548, 7620, 6100, 4904, 3906,
        3121, 2501, 1991, 1586, 1277,
        1024, 820, 655, 526, 423,
        335, 272, 215, 172, 137,
        110, 87, 70, 56, 45,
        36, 29, 23, 18, 15,
    };

    private final RunQueue queue = new RunQueue();
    private final int sliceTicks;

    /** An EEVDF scheduler with the {@link #DEFAULT_SLICE_TICKS default} slice. */
    public EevdfScheduler() {
        this(DEFAULT_SLICE_TICKS);
    }

    /** @param sliceTicks timer ticks of one request; values below 1 mean 1 */
    public EevdfScheduler(int sliceTicks) {
        this.sliceTicks = sliceTicks < 1 ? 1 : sliceTicks;
    }

    @Override
    public String name() {
        return "eevdf";
    }

    /** @return the slice in timer ticks */
    public int sliceTicks() {
        return sliceTicks;
    }

    /**
     * @param nice a nice value; clamped to {@value #MIN_NICE}..{@value #MAX_NICE}
     * @return the task weight for it, 1024 at nice 0
     */
    public static int weightOf(int nice) {
        if (nice < MIN_NICE) {
            return NICE_TO_WEIGHT[0];
        }
        if (nice > MAX_NICE) {
            return NICE_TO_WEIGHT[MAX_NICE - MIN_NICE];
        }
        return NICE_TO_WEIGHT[nice - MIN_NICE];
    }

    /**
     * @param ticks  real timer ticks
     * @param weight a task weight
     * @return the virtual time those ticks are worth to a task of that weight, in fixed point
     */
    public static long virtualTime(long ticks, int weight) {
        return (ticks * NICE_0_WEIGHT << VIRTUAL_SHIFT) / weight;
    }

    @Override
    public void enqueue(Task task) {
        RunQueueEntry entry = RunQueueEntry.of(task, this);
        if (entry.isQueued()) {
            return;
        }
        if (!queue.isEmpty()) {
            long average = averageVruntime();
            if (entry.vruntime < average || entry.deadline == 0) {
                entry.vruntime = average;
            }
        }
        entry.resetTurn();
        newRequest(entry);
        queue.addLast(entry);
    }

    @Override
    public void dequeue(Task task) {
        queue.remove(RunQueueEntry.of(task, this));
    }

    @Override
    public Task pickNext() {
        RunQueueEntry first = queue.peekEntry();
        if (first == null) {
            return null;
        }
        long base = first.vruntime;
        long weightedOffsets = weightedOffsetsFrom(base);
        long totalWeight = totalWeight();
        RunQueueEntry best = null;
        for (RunQueueEntry entry = first; entry != null; entry = entry.next) {
            // vruntime <= weighted average, multiplied out so that no rounding can hide a task.
            boolean eligible = (entry.vruntime - base) * totalWeight <= weightedOffsets;
            if (eligible && (best == null || entry.deadline < best.deadline)) {
                best = entry;
            }
        }
        // The task with the least runtime is always eligible, so best is set; the head is a safe answer anyway.
        return best == null ? first.task : best.task;
    }

    @Override
    public boolean tick(Task running) {
        RunQueueEntry entry = RunQueueEntry.of(running, this);
        if (!entry.isQueued()) {
            return false;
        }
        entry.vruntime += virtualTime(1, weightOf(running.nice()));
        if (entry.chargeTick() < sliceTicks) {
            return false;
        }
        endTurn(entry);
        return true;
    }

    @Override
    public void yield(Task running) {
        RunQueueEntry entry = RunQueueEntry.of(running, this);
        if (!entry.isQueued()) {
            return;
        }
        int unused = sliceTicks - entry.ticksUsed();
        if (unused > 0) {
            entry.vruntime += virtualTime(unused, weightOf(running.nice()));
        }
        endTurn(entry);
    }

    private void endTurn(RunQueueEntry entry) {
        entry.resetTurn();
        newRequest(entry);
        queue.moveToBack(entry);
    }

    private void newRequest(RunQueueEntry entry) {
        entry.deadline = entry.vruntime + virtualTime(sliceTicks, weightOf(entry.task.nice()));
    }

    /** @return the weight-weighted mean virtual runtime of the queued tasks, rounded down */
    private long averageVruntime() {
        long base = queue.peekEntry().vruntime;
        long weightedOffsets = weightedOffsetsFrom(base);
        long totalWeight = totalWeight();
        long offset = weightedOffsets / totalWeight;
        if (weightedOffsets < 0 && offset * totalWeight != weightedOffsets) {
            offset--;
        }
        return base + offset;
    }

    /** @return the sum over queued tasks of weight times (vruntime - base) */
    private long weightedOffsetsFrom(long base) {
        long sum = 0;
        for (RunQueueEntry entry = queue.peekEntry(); entry != null; entry = entry.next) {
            sum += (entry.vruntime - base) * weightOf(entry.task.nice());
        }
        return sum;
    }

    /** @return the sum of the queued tasks' weights */
    private long totalWeight() {
        long sum = 0;
        for (RunQueueEntry entry = queue.peekEntry(); entry != null; entry = entry.next) {
            sum += weightOf(entry.task.nice());
        }
        return sum;
    }
}
