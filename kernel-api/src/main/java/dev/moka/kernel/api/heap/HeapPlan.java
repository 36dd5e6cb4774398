package dev.moka.kernel.api.heap;

/**
 * A heap plan: how an image allocates and reclaims objects. Providers are found by {@link #name()}
 * (the {@code [kernel] heap} key of an image config, or {@code moka compile --heap}); the chosen
 * plan is the only one compiled into the image, and its {@code allocate} is called directly.
 *
 * <p>Contract: the plan owns the address range given to {@link #init}; memory it returns is zeroed,
 * 8-byte aligned and lies in that range; it never allocates Java objects while allocating or
 * collecting; running out is reported by returning 0 (the caller throws OutOfMemoryError). A plan
 * may move objects if it updates every reference slot that the kernel's roots
 * ({@code dev.moka.kernel.core.heap.Roots}) and {@link ObjectModel} report and says so in
 * {@link #movesObjects()}.
 */
public interface HeapPlan {
    /** @return the name image configs use, such as {@code mark-sweep} */
    String name();

    /**
     * Takes over the heap, once, before any allocation reaches {@link #allocate}. A plan that lets
     * compiled code bump-allocate calls {@code dev.moka.kernel.core.heap.Heap.setBumpRegion} here.
     *
     * <p>Every byte from {@code start} to {@code end} is zero: the heap lies in the image's bss, which
     * the boot loader (or, for a user program, the kernel's zero-filled pages) clears, and nothing
     * but the plan writes there. A plan need not clear its own metadata, and does well not to: a
     * user program's heap pages are mapped only when first touched.
     *
     * @param start first free byte (8-aligned); the bytes below hold objects made before the plan
     *              started (the plan itself), which are never reclaimed
     * @param end   end of the heap
     */
    void init(long start, long end);

    /**
     * Called when compiled code's bump region cannot hold an allocation.
     *
     * @param bytes the object's size, a multiple of 8, at least 16
     * @return the address of that many zeroed bytes, or 0 when the heap is exhausted even after
     *         collecting
     */
    long allocate(long bytes);

    /** @return how many collections have run */
    long collections();

    /** @return time-stamp-counter cycles spent in collections, in total */
    default long pauseCyclesTotal() {
        return 0;
    }

    /** @return time-stamp-counter cycles of the longest collection */
    default long pauseCyclesMax() {
        return 0;
    }

    /** @return bytes of objects that survived the last collection, or 0 before the first */
    default long liveBytesAfterLastCollection() {
        return 0;
    }

    /** @return bytes of the heap the plan keeps for its own bookkeeping (free lists, mark stack) */
    default long metadataBytes() {
        return 0;
    }

    /** @return whether objects may change address during a collection */
    default boolean movesObjects() {
        return false;
    }
}
