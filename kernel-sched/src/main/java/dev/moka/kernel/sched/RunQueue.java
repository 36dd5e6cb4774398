package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Task;

/**
 * An intrusive FIFO of runnable tasks: a doubly linked list threaded through the tasks'
 * {@link RunQueueEntry entries}, so adding, removing and rotating never allocate and removal from
 * the middle (a task that blocks) is constant time.
 */
public final class RunQueue {
    private RunQueueEntry head;
    private RunQueueEntry tail;
    private int size;

    /** @return whether no task is queued */
    public boolean isEmpty() {
        return head == null;
    }

    /** @return the number of queued tasks */
    public int size() {
        return size;
    }

    /** @return the task at the front, or null when the queue is empty */
    public Task peek() {
        return head == null ? null : head.task;
    }

    /** @return the entry at the front, or null when the queue is empty */
    public RunQueueEntry peekEntry() {
        return head;
    }

    /**
     * Appends an entry at the back.
     *
     * @param entry an entry in no queue
     * @return false, changing nothing, when the entry is already in a queue
     */
    public boolean addLast(RunQueueEntry entry) {
        if (entry.queue != null) {
            return false;
        }
        entry.queue = this;
        entry.previous = tail;
        entry.next = null;
        if (tail == null) {
            head = entry;
        } else {
            tail.next = entry;
        }
        tail = entry;
        size++;
        return true;
    }

    /**
     * Unlinks an entry.
     *
     * @param entry an entry of this queue
     * @return false, changing nothing, when the entry is not in this queue
     */
    public boolean remove(RunQueueEntry entry) {
        if (entry.queue != this) {
            return false;
        }
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
        entry.queue = null;
        size--;
        return true;
    }

    /**
     * Moves an entry of this queue to the back, behind every other queued task.
     *
     * @param entry an entry of this queue
     * @return false, changing nothing, when the entry is not in this queue
     */
    public boolean moveToBack(RunQueueEntry entry) {
        if (!remove(entry)) {
            return false;
        }
        return addLast(entry);
    }
}
