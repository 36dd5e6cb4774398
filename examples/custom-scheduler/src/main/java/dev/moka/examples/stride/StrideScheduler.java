package dev.moka.examples.stride;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * Stride scheduling (Waldspurger and Weihl, 1995): the deterministic cousin of lottery scheduling.
 *
 * <p>Each task holds tickets, {@link #ticketsOf(int) derived from its nice value}, and has a
 * <em>stride</em> inversely proportional to them. Every tick a task runs advances its <em>pass</em> by
 * its stride; the runnable task with the smallest pass runs next. Over any window a task therefore
 * runs in proportion to its tickets, with an error of at most one turn.
 *
 * <p>A turn lasts {@value #SLICE_TICKS} ticks. A yield charges the unused rest of the turn, so
 * yielding never moves a task ahead. A task that joins (new or woken) starts no lower than the
 * smallest pass among the runnable tasks: it gets no credit for the time it was away, but keeps a
 * debt it ran up. Ties go to the task that has waited longest.
 *
 * <p>The class is plain Java with no allocation after a task's first {@link #enqueue}: it runs in the
 * kernel, compiled by Moka's compiler, as well as in the contract kit on the JVM.
 */
public final class StrideScheduler implements Scheduler {
    /** Ticks of one turn. */
    public static final int SLICE_TICKS = 3;
    /** Tickets of a nice-0 task. */
    public static final int BASE_TICKETS = 1024;
    /** Lowest nice value; lower values count as this. */
    public static final int MIN_NICE = -20;
    /** Highest nice value; higher values count as this. */
    public static final int MAX_NICE = 19;
    /** The pass a task with one ticket advances per tick; large, so that strides round finely. */
    static final long STRIDE_ONE = 1L << 32;

    private StrideEntry head;
    private StrideEntry tail;
    /** The pass of the last task picked: where a task joining an empty run set starts. */
    private long lastPass;

    @Override
    public String name() {
        return "stride";
    }

    /**
     * Tickets for a nice value: {@value #BASE_TICKETS} at nice 0, a quarter more for each level below,
     * a fifth less for each level above, so one nice level is worth about 10% of the CPU against a
     * nice-0 task, as on Linux.
     *
     * @param nice a nice value, clamped to {@value #MIN_NICE}..{@value #MAX_NICE}
     * @return the tickets, at least 1
     */
    public static long ticketsOf(int nice) {
        int level = Math.max(MIN_NICE, Math.min(MAX_NICE, nice));
        long tickets = (long) BASE_TICKETS << 16;
        for (int i = 0; i < level; i++) {
            tickets = tickets * 4 / 5;
        }
        for (int i = 0; i > level; i--) {
            tickets = tickets * 5 / 4;
        }
        return Math.max(1, tickets >> 16);
    }

    /** @param task a task @return the pass it advances per tick */
    static long strideOf(Task task) {
        return STRIDE_ONE / ticketsOf(task.nice());
    }

    @Override
    public void enqueue(Task task) {
        StrideEntry entry = StrideEntry.of(task, this);
        if (entry.queued) {
            return;
        }
        long floor = head == null ? lastPass : smallestPass();
        if (entry.pass < floor) {
            entry.pass = floor;
        }
        entry.ticksUsed = 0;
        append(entry);
    }

    @Override
    public void dequeue(Task task) {
        StrideEntry entry = StrideEntry.of(task, this);
        if (entry.queued) {
            unlink(entry);
        }
    }

    @Override
    public Task pickNext() {
        StrideEntry best = null;
        for (StrideEntry entry = head; entry != null; entry = entry.next) {
            if (best == null || entry.pass < best.pass) {
                best = entry;
            }
        }
        if (best == null) {
            return null;
        }
        lastPass = best.pass;
        return best.task;
    }

    @Override
    public boolean tick(Task running) {
        StrideEntry entry = StrideEntry.of(running, this);
        if (!entry.queued) {
            return false;
        }
        entry.pass += strideOf(running);
        entry.ticksUsed++;
        if (entry.ticksUsed < SLICE_TICKS) {
            return false;
        }
        endTurn(entry);
        return true;
    }

    @Override
    public void yield(Task running) {
        StrideEntry entry = StrideEntry.of(running, this);
        if (!entry.queued) {
            return;
        }
        int unused = SLICE_TICKS - entry.ticksUsed;
        if (unused > 0) {
            entry.pass += unused * strideOf(running);
        }
        endTurn(entry);
    }

    /** The turn is over: the task waits behind every task of equal pass. */
    private void endTurn(StrideEntry entry) {
        entry.ticksUsed = 0;
        unlink(entry);
        append(entry);
    }

    private long smallestPass() {
        long smallest = head.pass;
        for (StrideEntry entry = head.next; entry != null; entry = entry.next) {
            smallest = Math.min(smallest, entry.pass);
        }
        return smallest;
    }

    private void append(StrideEntry entry) {
        entry.previous = tail;
        entry.next = null;
        if (tail == null) {
            head = entry;
        } else {
            tail.next = entry;
        }
        tail = entry;
        entry.queued = true;
    }

    private void unlink(StrideEntry entry) {
        if (entry.previous == null) {
            head = entry.next;
        } else {
            entry.previous.next = entry.next;
        }
        if (entry.next == null) {
            tail = entry.previous;
        } else {
            entry.next.previous = entry.previous;
        }
        entry.previous = null;
        entry.next = null;
        entry.queued = false;
    }
}
