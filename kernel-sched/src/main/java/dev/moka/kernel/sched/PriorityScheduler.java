package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * Strict priorities with aging. {@link Task#priority()} is clamped to
 * {@value #MIN_PRIORITY}..{@value #MAX_PRIORITY}; the highest level with a runnable task runs, and
 * tasks of one level take turns round robin. A task also loses the CPU at the next tick when a task
 * of a higher level becomes runnable.
 *
 * <p><b>Anti-starvation rule.</b> A <em>turn</em> ends when the running task yields, uses up its
 * slice, is preempted, or blocks. Each time a turn of level {@code L} ends, every non-empty level
 * below {@code L} counts one turn passed over; when a level has been passed over
 * {@value #AGING_TURNS} times in a row, the task at its front is boosted to level
 * {@value #MAX_PRIORITY} for one turn, then goes to the back of its own level. A level that gets a
 * turn starts counting afresh; while one of its own tasks runs boosted, its count stands still.
 * So among {@code n} runnable tasks none waits more than {@code n * (AGING_TURNS + 3)} turns,
 * whatever the priorities: its level moves it one place forward at least every
 * {@code AGING_TURNS + 1} turns, and once boosted it waits only behind the other tasks.
 */
public final class PriorityScheduler implements Scheduler {
    /** Lowest level; lower {@link Task#priority()} values are treated as this. */
    public static final int MIN_PRIORITY = 0;
    /** Highest level; higher {@link Task#priority()} values are treated as this. Boosted tasks run here. */
    public static final int MAX_PRIORITY = 31;
    /** Turns a non-empty level may be passed over before the task at its front is boosted. */
    public static final int AGING_TURNS = 8;
    /** Time slice of the no-argument constructor, in timer ticks. */
    public static final int DEFAULT_SLICE_TICKS = 10;

    private final RunQueue[] levels = new RunQueue[MAX_PRIORITY + 1];
    private final int[] turnsPassedOver = new int[MAX_PRIORITY + 1];
    private final int sliceTicks;
    private RunQueueEntry lastPicked;

    /** A priority scheduler with the {@link #DEFAULT_SLICE_TICKS default} time slice. */
    public PriorityScheduler() {
        this(DEFAULT_SLICE_TICKS);
    }

    /** @param sliceTicks timer ticks a task runs before it is preempted; values below 1 mean 1 */
    public PriorityScheduler(int sliceTicks) {
        this.sliceTicks = sliceTicks < 1 ? 1 : sliceTicks;
        for (int level = 0; level < levels.length; level++) {
            levels[level] = new RunQueue();
        }
    }

    @Override
    public String name() {
        return "priority";
    }

    /** @return the time slice in timer ticks */
    public int sliceTicks() {
        return sliceTicks;
    }

    /**
     * @param priority a task priority
     * @return the level the task runs at when not boosted
     */
    public static int levelOf(int priority) {
        if (priority < MIN_PRIORITY) {
            return MIN_PRIORITY;
        }
        return priority > MAX_PRIORITY ? MAX_PRIORITY : priority;
    }

    @Override
    public void enqueue(Task task) {
        RunQueueEntry entry = RunQueueEntry.of(task, this);
        if (entry.isQueued()) {
            return;
        }
        entry.level = levelOf(task.priority());
        entry.boosted = false;
        entry.resetTurn();
        levels[entry.level].addLast(entry);
    }

    @Override
    public void dequeue(Task task) {
        RunQueueEntry entry = RunQueueEntry.of(task, this);
        if (!entry.isQueued()) {
            return;
        }
        levels[entry.level].remove(entry);
        int held = heldLevel(entry);
        entry.boosted = false;
        if (entry == lastPicked) {
            // The running task blocked: its turn is over, which is what aging counts.
            lastPicked = null;
            ageLevels(entry.level, held);
        }
    }

    @Override
    public Task pickNext() {
        for (int level = MAX_PRIORITY; level >= MIN_PRIORITY; level--) {
            if (!levels[level].isEmpty()) {
                lastPicked = levels[level].peekEntry();
                return lastPicked.task();
            }
        }
        lastPicked = null;
        return null;
    }

    @Override
    public boolean tick(Task running) {
        RunQueueEntry entry = RunQueueEntry.of(running, this);
        if (!entry.isQueued()) {
            return false;
        }
        if (entry.chargeTick() < sliceTicks && !higherLevelRunnable(entry.level)) {
            return false;
        }
        endTurn(entry);
        return true;
    }

    @Override
    public void yield(Task running) {
        RunQueueEntry entry = RunQueueEntry.of(running, this);
        if (entry.isQueued()) {
            endTurn(entry);
        }
    }

    private boolean higherLevelRunnable(int level) {
        for (int higher = level + 1; higher <= MAX_PRIORITY; higher++) {
            if (!levels[higher].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void endTurn(RunQueueEntry entry) {
        int servedLevel = entry.level;
        int held = heldLevel(entry);
        entry.resetTurn();
        levels[servedLevel].remove(entry);
        if (entry.boosted) {
            entry.boosted = false;
            entry.level = levelOf(entry.task().priority());
        }
        levels[entry.level].addLast(entry);
        ageLevels(servedLevel, held);
    }

    /** @return the own level of a boosted task, whose count stands still during its turn; else -1 */
    private static int heldLevel(RunQueueEntry entry) {
        return entry.boosted ? levelOf(entry.task().priority()) : -1;
    }

    /**
     * Counts a turn of {@code servedLevel} against every non-empty level below it, boosting the front
     * task of each level that reaches {@link #AGING_TURNS}.
     */
    private void ageLevels(int servedLevel, int heldLevel) {
        for (int level = MIN_PRIORITY; level <= MAX_PRIORITY; level++) {
            if (level == heldLevel) {
                continue;
            }
            if (level >= servedLevel || levels[level].isEmpty()) {
                turnsPassedOver[level] = 0;
                continue;
            }
            turnsPassedOver[level]++;
            if (turnsPassedOver[level] >= AGING_TURNS) {
                turnsPassedOver[level] = 0;
                boost(levels[level].peekEntry());
            }
        }
    }

    private void boost(RunQueueEntry entry) {
        levels[entry.level].remove(entry);
        entry.level = MAX_PRIORITY;
        entry.boosted = true;
        entry.resetTurn();
        levels[MAX_PRIORITY].addLast(entry);
    }
}
