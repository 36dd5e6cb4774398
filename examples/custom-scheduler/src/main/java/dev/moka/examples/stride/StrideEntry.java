package dev.moka.examples.stride;

import dev.moka.kernel.api.sched.Task;

/**
 * What a {@link StrideScheduler} keeps per task, in {@link Task#policyState()}: its pass, the ticks of
 * its current turn and its place in the run set (a list in the order tasks joined or ended a turn).
 */
final class StrideEntry {
    final Task task;
    private final StrideScheduler owner;
    long pass;
    int ticksUsed;
    boolean queued;
    StrideEntry previous;
    StrideEntry next;

    private StrideEntry(Task task, StrideScheduler owner) {
        this.task = task;
        this.owner = owner;
    }

    /**
     * @param task  a task
     * @param owner the scheduler asking; state another scheduler left in the task is replaced
     * @return the task's entry, made on first sight
     */
    static StrideEntry of(Task task, StrideScheduler owner) {
        if (task.policyState() instanceof StrideEntry entry && entry.owner == owner) {
            return entry;
        }
        StrideEntry entry = new StrideEntry(task, owner);
        task.setPolicyState(entry);
        return entry;
    }
}
