package dev.moka.kernel.core.sync;

/**
 * The state of inflated monitors: for each record its owner, recursion count, the threads waiting
 * to enter (the entry queue) and the threads in {@code wait()} (the wait set); for each thread which
 * queue holds it and the recursion count it gets back with the monitor. Plain Java over int arrays,
 * so that it allocates nothing once sized, holds no references a collector must follow, and can be
 * tested on the JVM.
 *
 * <p>Ownership is handed off: when the owner lets go and a thread waits to enter, that thread
 * becomes the owner at once and only has to be woken; it never finds the monitor taken again. A
 * notified thread moves from the wait set to the end of the entry queue and gets its old recursion
 * count back when the monitor is handed to it.
 *
 * <p>Records are numbered from 1; threads from 0 to {@code threads - 1}. Callers make each
 * operation atomic (one CPU with interrupts masked, or one thread).
 */
final class MonitorTable {
    /** No thread: an empty queue, or nobody to wake. */
    static final int NONE = -1;
    /** The calling thread does not own the monitor. */
    static final int NOT_OWNER = -2;

    private static final byte NOWHERE = 0;
    private static final byte ENTERING = 1;
    private static final byte WAITING = 2;

    // Per record (index 0 unused); threads are stored as id + 1 so that 0 means none.
    private int[] owner;
    private int[] count;
    private int[] entryHead;
    private int[] entryTail;
    private int[] waitHead;
    private int[] waitTail;
    private int[] nextFree;
    private int freeList;
    private int used;
    // Per thread.
    private final int[] link;
    private final int[] saved;
    private final byte[] place;

    /**
     * @param threads  how many thread ids there are
     * @param capacity records to make room for at first; more are added as needed
     */
    MonitorTable(int threads, int capacity) {
        link = new int[threads];
        saved = new int[threads];
        place = new byte[threads];
        resize(capacity + 1);
    }

    /**
     * Takes a free record for a monitor that {@code thread} holds {@code recursion} times (the state
     * of a lock word being inflated), or an unowned one when {@code thread} is {@link #NONE}.
     *
     * @return the record's number
     */
    int allocate(int thread, int recursion) {
        if (freeList == 0 && used + 1 == owner.length) {
            resize(owner.length * 2);
        }
        int record;
        if (freeList != 0) {
            record = freeList;
            freeList = nextFree[record];
        } else {
            record = ++used;
        }
        owner[record] = thread + 1;
        count[record] = thread == NONE ? 0 : recursion;
        entryHead[record] = 0;
        entryTail[record] = 0;
        waitHead[record] = 0;
        waitTail[record] = 0;
        return record;
    }

    /** Returns an idle record (see {@link #isIdle}) to the free list. */
    void free(int record) {
        nextFree[record] = freeList;
        freeList = record;
    }

    /** @return whether nobody owns, enters or waits on the record: the monitor can go back to its lock word */
    boolean isIdle(int record) {
        return owner[record] == 0 && entryHead[record] == 0 && waitHead[record] == 0;
    }

    /** @return the owning thread, or {@link #NONE} */
    int owner(int record) {
        return owner[record] - 1;
    }

    /** @return how many times the owner entered */
    int recursion(int record) {
        return count[record];
    }

    /**
     * {@code thread} enters: it owns the monitor (once more) or joins the entry queue.
     *
     * @return true when it owns the monitor now; false when it must wait to be handed it
     */
    boolean enter(int record, int thread) {
        int me = thread + 1;
        if (owner[record] == 0) {
            owner[record] = me;
            count[record] = 1;
            return true;
        }
        if (owner[record] == me) {
            count[record]++;
            return true;
        }
        saved[thread] = 1;
        append(record, thread, ENTERING);
        return false;
    }

    /**
     * {@code thread} leaves once.
     *
     * @return {@link #NOT_OWNER}; or the thread the monitor was handed to, which must be woken; or
     *         {@link #NONE}
     */
    int exit(int record, int thread) {
        if (owner[record] != thread + 1) {
            return NOT_OWNER;
        }
        if (--count[record] > 0) {
            return NONE;
        }
        return handOff(record);
    }

    /**
     * {@code thread} starts {@code wait()}: it joins the wait set remembering its recursion count and
     * lets go of the monitor entirely.
     *
     * @return {@link #NOT_OWNER}; or the thread the monitor was handed to; or {@link #NONE}
     */
    int startWait(int record, int thread) {
        if (owner[record] != thread + 1) {
            return NOT_OWNER;
        }
        saved[thread] = count[record];
        append(record, thread, WAITING);
        return handOff(record);
    }

    /**
     * Moves the longest waiting thread, or all of them, from the wait set to the entry queue.
     *
     * @return false when {@code thread} does not own the monitor
     */
    boolean notify(int record, int thread, boolean all) {
        if (owner[record] != thread + 1) {
            return false;
        }
        do {
            int first = waitHead[record] - 1;
            if (first == NONE) {
                break;
            }
            unlinkHead(record, WAITING);
            append(record, first, ENTERING);
        } while (all);
        return true;
    }

    /** @return whether {@code thread} is still in the wait set (not notified) */
    boolean isWaiting(int record, int thread) {
        return place[thread] == WAITING && contains(waitHead[record], thread);
    }

    /**
     * A waiting {@code thread} gives up waiting (its time ran out): it leaves the wait set and takes
     * the monitor back with its recursion count if it is free, else joins the entry queue.
     *
     * @return true when it owns the monitor now
     */
    boolean stopWaiting(int record, int thread) {
        remove(record, thread);
        if (owner[record] == 0) {
            owner[record] = thread + 1;
            count[record] = saved[thread];
            return true;
        }
        append(record, thread, ENTERING);
        return false;
    }

    private int handOff(int record) {
        int next = entryHead[record] - 1;
        if (next == NONE) {
            owner[record] = 0;
            count[record] = 0;
            return NONE;
        }
        unlinkHead(record, ENTERING);
        owner[record] = next + 1;
        count[record] = saved[next];
        return next;
    }

    private void append(int record, int thread, byte where) {
        int me = thread + 1;
        link[thread] = 0;
        place[thread] = where;
        if (where == ENTERING) {
            if (entryTail[record] == 0) {
                entryHead[record] = me;
            } else {
                link[entryTail[record] - 1] = me;
            }
            entryTail[record] = me;
        } else {
            if (waitTail[record] == 0) {
                waitHead[record] = me;
            } else {
                link[waitTail[record] - 1] = me;
            }
            waitTail[record] = me;
        }
    }

    private void unlinkHead(int record, byte where) {
        if (where == ENTERING) {
            int first = entryHead[record] - 1;
            entryHead[record] = link[first];
            if (entryHead[record] == 0) {
                entryTail[record] = 0;
            }
            place[first] = NOWHERE;
        } else {
            int first = waitHead[record] - 1;
            waitHead[record] = link[first];
            if (waitHead[record] == 0) {
                waitTail[record] = 0;
            }
            place[first] = NOWHERE;
        }
    }

    /** Takes a thread out of the wait set, wherever it is in it. */
    private void remove(int record, int thread) {
        int me = thread + 1;
        int previous = 0;
        for (int t = waitHead[record]; t != 0; t = link[t - 1]) {
            if (t == me) {
                if (previous == 0) {
                    waitHead[record] = link[thread];
                } else {
                    link[previous - 1] = link[thread];
                }
                if (waitTail[record] == me) {
                    waitTail[record] = previous;
                }
                place[thread] = NOWHERE;
                return;
            }
            previous = t;
        }
    }

    private boolean contains(int head, int thread) {
        for (int t = head; t != 0; t = link[t - 1]) {
            if (t == thread + 1) {
                return true;
            }
        }
        return false;
    }

    private void resize(int records) {
        owner = grow(owner, records);
        count = grow(count, records);
        entryHead = grow(entryHead, records);
        entryTail = grow(entryTail, records);
        waitHead = grow(waitHead, records);
        waitTail = grow(waitTail, records);
        nextFree = grow(nextFree, records);
    }

    private static int[] grow(int[] old, int length) {
        int[] bigger = new int[length];
        if (old != null) {
            System.arraycopy(old, 0, bigger, 0, old.length);
        }
        return bigger;
    }
}
