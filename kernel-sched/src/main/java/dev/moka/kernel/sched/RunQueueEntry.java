package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Task;

/**
 * A task's place in a {@link RunQueue} plus the per-task counters the policies of this package
 * keep. Lives in {@link Task#policyState()} for as long as the task is known to its scheduler.
 */
public final class RunQueueEntry {
    final Task task;
    final Object owner;
    RunQueueEntry previous;
    RunQueueEntry next;
    RunQueue queue;
    int ticksUsed;
    int level;
    boolean boosted;
    /** Virtual runtime for weighted policies, in fixed point; see {@link EevdfScheduler}. */
    long vruntime;
    /** Virtual deadline of the current request for weighted policies, same unit as vruntime. */
    long deadline;

    private RunQueueEntry(Task task, Object owner) {
        this.task = task;
        this.owner = owner;
    }

    /**
     * Returns the entry a scheduler keeps for a task, creating it on first sight.
     *
     * @param task  the task
     * @param owner the scheduler asking; an entry left behind by another scheduler is replaced
     * @return the task's entry for {@code owner}
     */
    public static RunQueueEntry of(Task task, Object owner) {
        Object state = task.policyState();
        if (state instanceof RunQueueEntry) {
            RunQueueEntry entry = (RunQueueEntry) state;
            if (entry.owner == owner) {
                return entry;
            }
        }
        RunQueueEntry entry = new RunQueueEntry(task, owner);
        task.setPolicyState(entry);
        return entry;
    }

    /** @return the task this entry belongs to */
    public Task task() {
        return task;
    }

    /** @return whether the task is in a run queue, that is, runnable */
    public boolean isQueued() {
        return queue != null;
    }

    /** @return the queue holding the task, or null when it is not runnable */
    public RunQueue queue() {
        return queue;
    }

    /** @return timer ticks charged to the task in its current turn */
    public int ticksUsed() {
        return ticksUsed;
    }

    /**
     * Charges one timer tick to the task's current turn.
     *
     * @return the ticks used in this turn, including this one
     */
    public int chargeTick() {
        ticksUsed++;
        return ticksUsed;
    }

    /** Starts a fresh turn: the next tick is the first of a new time slice. */
    public void resetTurn() {
        ticksUsed = 0;
    }
}
