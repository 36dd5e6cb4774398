package dev.moka.kernel.core.sync;

import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.api.magic.HiddenFrame;
import dev.moka.kernel.api.magic.Magic;

/**
 * Java monitors in compiled code: the compiler turns {@code monitorenter} and {@code monitorexit}
 * (and the entry and exits of {@code synchronized} methods) into calls of {@link #enter} and
 * {@link #exit}, and the runtime library's {@code Object.wait/notify/notifyAll} into {@link #await},
 * {@link #notifyOne} and {@link #notifyAll}. On the JVM the JVM's own monitors run instead.
 *
 * <p>The lock lives in the object's status word (see {@link ObjectModel#STATUS}), so it moves with
 * the object and costs no memory until a monitor is contended:
 * <pre>
 *   bit 0        the collector's mark bit, never touched here
 *   bit 1        THIN:     bits 8..31 recursion count, bits 32..63 owner thread id
 *   bit 2        INFLATED: bits 32..63 the number of a record in the {@link MonitorTable}
 *   all else 0   unlocked
 * </pre>
 * An uncontended enter or exit is one compare-and-set of that word (no masking, so it works
 * unprivileged in Linux executables); the compiler emits it inline in front of the call of
 * {@link #enter} or {@link #exit} and makes the call only when it fails. Everything else (a monitor held by another thread, a
 * recursion count too large for the word, {@code wait} and {@code notify} on a monitor with
 * waiters) takes the slow path: preemption masked, the word inflated to a record, and the thread
 * parked through the {@link MonitorThreads} of the thread layer until the monitor is handed to it. A
 * record goes back to the free list, and the word to unlocked, as soon as nobody owns, enters or
 * waits on it.
 *
 * <p>Without an attached thread layer (a Linux executable, a kernel before its threads start) there
 * is one thread, id 0: nothing ever blocks, yet recursion counts and ownership checks are the same.
 *
 * <p>Its methods are {@link HiddenFrame}s: a stack trace of an IllegalMonitorStateException starts
 * at the method that misused the monitor, as HotSpot's does.
 *
 * <p>This class has no static initialiser on purpose: compiled code calls it from anywhere, even
 * before start-up has initialised anything, and with no class-initialisation check.
 */
public final class Monitors {
    /** Thread ids monitors know: the thread system's threads and one more for its idle thread. */
    public static final int THREAD_IDS = 65;
    /** The message of HotSpot's IllegalMonitorStateException from wait and notify by a non-owner. */
    static final String NOT_OWNER_MESSAGE = "current thread is not owner";

    static final long MARK = 1;
    static final long THIN = 2;
    static final long INFLATED = 4;
    static final int COUNT_SHIFT = 8;
    static final long COUNT_ONE = 1L << COUNT_SHIFT;
    static final long COUNT_MASK = 0xFF_FFFFL << COUNT_SHIFT;
    static final int OWNER_SHIFT = 32;
    static final long OWNER_MASK = -1L << OWNER_SHIFT;

    private static MonitorThreads threads;
    private static int running;
    /**
     * {@code running} in the owner field of a lock word: what a thin lock of the running thread
     * holds. The compiler's inline fast path reads this field by name.
     */
    private static long ownerBits;
    private static MonitorTable table;
    private static long contended;
    private static long inflations;
    /** Counts the rounds of a lone wait, so that the loop is not empty. */
    private static long spins;

    private Monitors() {
    }

    /**
     * Called by the thread layer once it preempts threads: from now on a contended monitor parks
     * the thread that waits for it.
     *
     * @param layer how to mask preemption and park and wake threads
     */
    public static void attach(MonitorThreads layer) {
        threads = layer;
    }

    /**
     * Called by the thread layer on every switch, before the next thread runs.
     *
     * @param thread the id of the thread that runs next, below {@link #THREAD_IDS}
     */
    public static void switchedTo(int thread) {
        running = thread;
        ownerBits = (long) thread << OWNER_SHIFT;
    }

    /** @return enters that found the monitor held by another thread and had to wait */
    public static long contendedEnters() {
        return contended;
    }

    /** @return lock words that were inflated to a record */
    public static long inflations() {
        return inflations;
    }

    /**
     * {@code monitorenter}: returns once the running thread owns the monitor of {@code object}.
     *
     * @param object not null (compiled code checks first, with the JVM's message)
     */
    @HiddenFrame
    public static void enter(Object object) {
        long word = addressOf(object) + ObjectModel.STATUS;
        long status = Magic.load64(word);
        long me = ownerBits;
        if ((status & ~MARK) == 0) {
            if (Magic.compareAndSet64(word, status, status | me | THIN | COUNT_ONE)) {
                return;
            }
        } else if ((status & (OWNER_MASK | THIN)) == (me | THIN) && (status & COUNT_MASK) != COUNT_MASK) {
            if (Magic.compareAndSet64(word, status, status + COUNT_ONE)) {
                return;
            }
        }
        enterSlowly(word);
    }

    /**
     * {@code monitorexit}: the running thread leaves the monitor of {@code object} once.
     *
     * @param object not null
     * @throws IllegalMonitorStateException (without a message, as HotSpot's) when it does not own it
     */
    @HiddenFrame
    public static void exit(Object object) {
        long word = addressOf(object) + ObjectModel.STATUS;
        long status = Magic.load64(word);
        long me = ownerBits;
        if ((status & (OWNER_MASK | THIN)) == (me | THIN)) {
            long next = (status & COUNT_MASK) == COUNT_ONE ? status & MARK : status - COUNT_ONE;
            if (Magic.compareAndSet64(word, status, next)) {
                return;
            }
        }
        exitSlowly(word);
    }

    /**
     * {@code Object.wait(millis)}: lets go of the monitor, waits for a notify (or for the time to
     * pass), and takes the monitor back with the same recursion count. The argument checks of
     * {@code Object.wait} come first, in the runtime library.
     *
     * @param object the monitor's object
     * @param millis the longest wait, 0 for no limit
     * @throws IllegalMonitorStateException when the running thread does not own the monitor
     */
    @HiddenFrame
    public static void await(Object object, long millis) {
        long word = addressOf(object) + ObjectModel.STATUS;
        MonitorThreads layer = threads;
        mask(layer);
        int me = running;
        long status = Magic.load64(word);
        if (!ownedBy(status, me)) {
            unmask(layer);
            throw new IllegalMonitorStateException(NOT_OWNER_MESSAGE);
        }
        if (layer == null) {
            waitAlone(millis);
            return;
        }
        int record = (status & INFLATED) != 0 ? recordOf(status) : inflate(word, me);
        int next = table.startWait(record, me);
        if (next != MonitorTable.NONE) {
            layer.unpark(next);
        }
        if (millis > 0) {
            layer.parkFor(millis);
        } else {
            layer.park();
        }
        while (table.owner(record) != me) {
            // Still in the wait set after a timed park: the time ran out.
            if (millis > 0 && table.isWaiting(record, me) && table.stopWaiting(record, me)) {
                break;
            }
            layer.park();
        }
        unmask(layer);
    }

    /**
     * {@code Object.notify()}: the longest waiting thread will take the monitor back after the owner.
     *
     * @param object the monitor's object
     * @throws IllegalMonitorStateException when the running thread does not own the monitor
     */
    @HiddenFrame
    public static void notifyOne(Object object) {
        signal(object, false);
    }

    /**
     * {@code Object.notifyAll()}: every waiting thread will take the monitor back in turn.
     *
     * @param object the monitor's object
     * @throws IllegalMonitorStateException when the running thread does not own the monitor
     */
    @HiddenFrame
    public static void notifyAll(Object object) {
        signal(object, true);
    }

    @HiddenFrame
    private static void signal(Object object, boolean all) {
        long word = addressOf(object) + ObjectModel.STATUS;
        MonitorThreads layer = threads;
        mask(layer);
        int me = running;
        long status = Magic.load64(word);
        // A thin lock has no waiters: waiting inflates the word, and it stays inflated while anyone waits.
        boolean owner = (status & INFLATED) != 0 ? table.notify(recordOf(status), me, all) : ownedBy(status, me);
        unmask(layer);
        if (!owner) {
            throw new IllegalMonitorStateException(NOT_OWNER_MESSAGE);
        }
    }

    @HiddenFrame
    private static void enterSlowly(long word) {
        MonitorThreads layer = threads;
        mask(layer);
        int me = running;
        long status = Magic.load64(word);
        if ((status & ~MARK) == 0 || ((status & THIN) != 0 && thinOwner(status) == me
                && (status & COUNT_MASK) != COUNT_MASK)) {
            // The compare-and-set raced with an interruption that changed the word (a collection's
            // mark, say); masked, a plain store is atomic.
            Magic.store64(word, (status & ~MARK) == 0 ? status | thinWord(me) : status + COUNT_ONE);
            unmask(layer);
            return;
        }
        int record = (status & INFLATED) != 0 ? recordOf(status) : inflate(word, thinOwner(status));
        if (!table.enter(record, me)) {
            contended++;
            while (table.owner(record) != me) {
                park(layer);
            }
        }
        unmask(layer);
    }

    @HiddenFrame
    private static void exitSlowly(long word) {
        MonitorThreads layer = threads;
        mask(layer);
        int me = running;
        long status = Magic.load64(word);
        if ((status & THIN) != 0 && thinOwner(status) == me) {
            Magic.store64(word, (status & COUNT_MASK) == COUNT_ONE ? status & MARK : status - COUNT_ONE);
            unmask(layer);
            return;
        }
        int next = (status & INFLATED) != 0 ? table.exit(recordOf(status), me) : MonitorTable.NOT_OWNER;
        if (next == MonitorTable.NOT_OWNER) {
            unmask(layer);
            throw new IllegalMonitorStateException();
        }
        if (next != MonitorTable.NONE) {
            layer.unpark(next);
        }
        int record = recordOf(status);
        if (table.isIdle(record)) {
            Magic.store64(word, Magic.load64(word) & MARK);
            table.free(record);
        }
        unmask(layer);
    }

    /** Moves a thin lock (or an unlocked word) into a new record owned as the word said. Masked. */
    private static int inflate(long word, int owner) {
        long status = Magic.load64(word);
        if (table == null) {
            table = new MonitorTable(THREAD_IDS, 8);
        }
        int count = (int) ((status & COUNT_MASK) >>> COUNT_SHIFT);
        int record = table.allocate(owner, count);
        // Making the table or a record may have allocated, and an allocation may collect: read the
        // word again so that a mark set meanwhile is kept.
        status = Magic.load64(word);
        Magic.store64(word, (status & MARK) | INFLATED | ((long) record << OWNER_SHIFT));
        inflations++;
        return record;
    }

    private static boolean ownedBy(long status, int thread) {
        if ((status & THIN) != 0) {
            return thinOwner(status) == thread;
        }
        return (status & INFLATED) != 0 && table.owner(recordOf(status)) == thread;
    }

    private static long thinWord(int owner) {
        return ((long) owner << OWNER_SHIFT) | THIN | COUNT_ONE;
    }

    private static int thinOwner(long status) {
        return (int) (status >>> OWNER_SHIFT);
    }

    private static int recordOf(long status) {
        return (int) (status >>> OWNER_SHIFT);
    }

    /**
     * The only thread waits: nobody can notify it, so only the time can end the wait (and without a
     * limit it never ends, as on the JVM).
     */
    private static void waitAlone(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (millis == 0 || System.nanoTime() - end < 0) {
            spins++;
        }
    }

    private static void park(MonitorThreads layer) {
        if (layer == null) {
            throw new IllegalStateException("a monitor is held by another thread, but no thread layer is attached");
        }
        layer.park();
    }

    private static void mask(MonitorThreads layer) {
        if (layer != null) {
            layer.mask();
        }
    }

    private static void unmask(MonitorThreads layer) {
        if (layer != null) {
            layer.unmask();
        }
    }

    /** Compiled images replace calls of this method with the object's address. */
    static long addressOf(Object object) {
        throw new UnsupportedOperationException("compiled images only");
    }
}
