package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * Round robin: runnable tasks wait in one FIFO; the task at the front runs until its time slice is
 * used up or it yields, then goes to the back. A task waits at most one turn per other runnable task.
 */
public final class RoundRobinScheduler implements Scheduler {
    /** Time slice of the no-argument constructor, in timer ticks. */
    public static final int DEFAULT_SLICE_TICKS = 10;

    private final RunQueue queue = new RunQueue();
    private final int sliceTicks;

    /** A round robin with the {@link #DEFAULT_SLICE_TICKS default} time slice. */
    public RoundRobinScheduler() {
        this(DEFAULT_SLICE_TICKS);
    }

    /** @param sliceTicks timer ticks a task runs before it is preempted; values below 1 mean 1 */
    public RoundRobinScheduler(int sliceTicks) {
        this.sliceTicks = sliceTicks < 1 ? 1 : sliceTicks;
    }

    @Override
    public String name() {
        return "round-robin";
    }

    /** @return the time slice in timer ticks */
    public int sliceTicks() {
        return sliceTicks;
    }

    @Override
    public void enqueue(Task task) {
        RunQueueEntry entry = RunQueueEntry.of(task, this);
        if (queue.addLast(entry)) {
            entry.resetTurn();
        }
    }

    @Override
    public void dequeue(Task task) {
        queue.remove(RunQueueEntry.of(task, this));
    }

    @Override
    public Task pickNext() {
        return queue.peek();
    }

    @Override
    public boolean tick(Task running) {
        RunQueueEntry entry = RunQueueEntry.of(running, this);
        if (!entry.isQueued() || entry.chargeTick() < sliceTicks) {
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

    private void endTurn(RunQueueEntry entry) {
        entry.resetTurn();
        queue.moveToBack(entry);
    }
}
