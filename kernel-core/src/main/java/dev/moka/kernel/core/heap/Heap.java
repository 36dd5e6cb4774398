package dev.moka.kernel.core.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.api.magic.Magic;

/**
 * Compiled code's entry into the heap plan. The image's start-up installs the configured plan
 * before any static initialiser runs; until then allocations bump from the bottom of the heap.
 *
 * <p>Heap words (see {@link #words()}): the bump cursor, the bump limit, the heap's base and its end.
 * Compiled code allocates inline from cursor to limit and calls {@link #allocateObject} or
 * {@link #allocateArray} when an object does not fit.
 */
public final class Heap {
    private static final long CURSOR = 0;
    private static final long LIMIT = 8;
    private static final long BASE = 16;
    private static final long END = 24;

    private static HeapPlan plan;
    private static AllocationGuard guard;

    private Heap() {
    }

    /**
     * Starts a plan over the part of the heap above the objects allocated so far. Called once by the
     * image's start-up code.
     *
     * @param chosen the plan the image was built with
     */
    public static void install(HeapPlan chosen) {
        long words = words();
        long start = Magic.load64(words + CURSOR);
        // Until the plan sets its own region, compiled code must not bump into the plan's memory.
        setBumpRegion(0, 0);
        plan = chosen;
        chosen.init(start, Magic.load64(words + END));
    }

    /** @return the installed plan, or null on the JVM and before start-up installed one */
    public static HeapPlan plan() {
        return plan;
    }

    /** @param allocationGuard what keeps allocations from being preempted from now on, or null for nothing */
    public static void setGuard(AllocationGuard allocationGuard) {
        guard = allocationGuard;
    }

    /**
     * Called by a plan when it starts a collection (and its debug checks), so the guard can keep the
     * collection's time apart from the thread whose allocation triggered it.
     */
    public static void collectionBegins() {
        AllocationGuard g = guard;
        if (g != null) {
            g.collectionBegins();
        }
    }

    /** Called by a plan when the collection it announced with {@link #collectionBegins()} is over. */
    public static void collectionEnds() {
        AllocationGuard g = guard;
        if (g != null) {
            g.collectionEnds();
        }
    }

    /**
     * Lets compiled code allocate inline from {@code cursor} up to {@code limit}, which must be
     * zeroed memory the plan owns; {@code 0, 0} turns inline allocation off.
     *
     * @param cursor next free byte
     * @param limit  end of the region
     */
    public static void setBumpRegion(long cursor, long limit) {
        long words = words();
        Magic.store64(words + CURSOR, cursor);
        Magic.store64(words + LIMIT, limit);
    }

    /** @return the bump cursor: the first byte compiled code will allocate next */
    public static long bumpCursor() {
        return Magic.load64(words() + CURSOR);
    }

    /** @return the end of the bump region */
    public static long bumpLimit() {
        return Magic.load64(words() + LIMIT);
    }

    /** @return the first byte of the heap (objects made before the plan started lie from here) */
    public static long base() {
        return Magic.load64(words() + BASE);
    }

    /** @return the end of the heap */
    public static long end() {
        return Magic.load64(words() + END);
    }

    /**
     * Called by compiled code for {@code new} when the bump region cannot hold the object.
     *
     * @param classInfo the class record
     * @return a zeroed instance
     */
    public static Object allocateObject(long classInfo) {
        return allocateGuarded(classInfo, ObjectModel.instanceSize(classInfo), -1);
    }

    /**
     * Called by compiled code for a new array when the bump region cannot hold it.
     *
     * @param classInfo the array class record
     * @param length    the length, already checked to be non-negative
     * @return a zeroed array
     */
    public static Object allocateArray(long classInfo, int length) {
        return allocateGuarded(classInfo, ObjectModel.arraySize(classInfo, length), length);
    }

    /**
     * Allocates and writes the header with preemption held off, and turns the address into a
     * reference before letting go: until then only a raw address points at the object, which no
     * collection started by another thread would see.
     */
    private static Object allocateGuarded(long classInfo, long bytes, int arrayLength) {
        AllocationGuard g = guard;
        long token = g == null ? 0 : g.enter();
        HeapPlan p = plan;
        long address = p != null ? p.allocate(bytes) : bumpAllocate(bytes);
        Object result = null;
        if (address != 0) {
            Magic.store64(address, classInfo);
            if (arrayLength >= 0) {
                Magic.store32(address + ObjectModel.ARRAY_LENGTH, arrayLength);
            }
            result = objectAt(address);
        }
        if (g != null) {
            g.exit(token);
        }
        if (address == 0) {
            outOfMemory();
        }
        return result;
    }

    /**
     * Bumps the cursor through the bump region: how objects are made before start-up installs the
     * plan (the plan itself among them), and what a bump-pointer plan's slow path does.
     *
     * @param bytes the size
     * @return the address of {@code bytes} bytes, or 0 when the region cannot hold them
     */
    public static long bumpAllocate(long bytes) {
        long cursor = bumpCursor();
        long limit = bumpLimit();
        if (cursor + bytes > limit) {
            return 0;
        }
        setBumpRegion(cursor + bytes, limit);
        return cursor;
    }

    /** @return whether the image asked plans to verify the heap after every collection */
    public static boolean verifyRequested() {
        throw new UnsupportedOperationException("compiled images only");
    }

    /** Throws OutOfMemoryError("Java heap space") through the runtime library, which copes with an exhausted heap. */
    static void outOfMemory() {
        throw new UnsupportedOperationException("compiled images only");
    }

    /** @return the address of the heap words */
    static long words() {
        throw new UnsupportedOperationException("compiled images only");
    }

    /** @param address an object's address @return the object */
    static Object objectAt(long address) {
        throw new UnsupportedOperationException("compiled images only");
    }
}
