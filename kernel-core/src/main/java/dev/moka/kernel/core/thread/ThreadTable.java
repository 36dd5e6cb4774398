package dev.moka.kernel.core.thread;

/**
 * The live kernel threads, by task id. An id is a slot of the table: a thread that ends gives its
 * slot back and a later thread reuses it (the most recently freed first), and the table doubles
 * when every slot is in use, so it never runs out while memory lasts, however many threads have
 * been created before.
 *
 * <p>Creating a thread takes two steps, because its task is built with its id: {@link #reserve}
 * an id, then {@link #put} the thread (or {@link #release} the id when the thread could not be
 * made). {@link #remove} allocates nothing: a thread's exit is completed on the timer's path.
 */
final class ThreadTable {
    private static final int INITIAL_SLOTS = 16;

    private KernelThread[] slots = new KernelThread[INITIAL_SLOTS];
    /** Ids given back, most recent last; as long as {@link #slots}, so a push never grows it. */
    private int[] freeIds = new int[INITIAL_SLOTS];
    private int freeCount;
    /** Ids {@code [0, used)} have been handed out at least once. */
    private int used;
    private int live;

    /** @return an id no live or reserved thread has; may grow the table */
    int reserve() {
        if (freeCount > 0) {
            return freeIds[--freeCount];
        }
        if (used == slots.length) {
            KernelThread[] biggerSlots = new KernelThread[slots.length * 2];
            System.arraycopy(slots, 0, biggerSlots, 0, used);
            int[] biggerIds = new int[biggerSlots.length];
            System.arraycopy(freeIds, 0, biggerIds, 0, freeCount);
            slots = biggerSlots;
            freeIds = biggerIds;
        }
        return used++;
    }

    /**
     * Enters a thread under the id {@link #reserve} gave.
     *
     * @param id     the reserved id, its task's id
     * @param thread the thread
     */
    void put(int id, KernelThread thread) {
        slots[id] = thread;
        live++;
    }

    /** @param id a reserved id that no thread was put under; it becomes free again */
    void release(int id) {
        freeIds[freeCount++] = id;
    }

    /** @param id a live thread's id; the thread leaves the table and its id becomes free */
    void remove(int id) {
        slots[id] = null;
        live--;
        freeIds[freeCount++] = id;
    }

    /** @param id any id @return the live thread with that id, or null */
    KernelThread get(int id) {
        return id >= 0 && id < used ? slots[id] : null;
    }

    /** @return ids below this bound may be in use: iterate {@code get(0..bound-1)} to see every live thread */
    int bound() {
        return used;
    }

    /** @return the number of live threads */
    int live() {
        return live;
    }

    /** @return the number of slots, in use or not */
    int capacity() {
        return slots.length;
    }
}
