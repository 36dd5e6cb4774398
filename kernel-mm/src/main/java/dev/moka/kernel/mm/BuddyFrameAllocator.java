package dev.moka.kernel.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * A binary buddy allocator: free memory is kept as blocks of 2<sup>order</sup> frames, each aligned
 * to its own size, for orders 0 to {@link #MAX_ORDER} (4 KiB to 4 MiB).
 *
 * <p>Allocating an order takes a block from the smallest non-empty list at or above it and splits it
 * in halves, returning the unused upper halves to the lists below. Freeing a block merges it with its
 * <em>buddy</em> (the other half of the block it was split from, found by flipping one bit of the
 * frame number) for as long as the buddy is free and whole, so memory freed in any order coalesces
 * back into the largest blocks it can form.
 *
 * <p>{@link #init} covers the usable frames (see {@link UsableFrames}) with the largest aligned
 * blocks that fit. No two of those blocks are buddies below the top order, so freeing everything
 * restores exactly the state {@code init} built.
 *
 * <p>Per frame the allocator keeps two list links, the order of the free block starting there, and
 * the order of the allocated block starting there: 10 bytes per 4 KiB frame. All four start as the
 * zeroes a new array holds, so {@code init} costs per run of usable frames and per block, not per
 * frame.
 */
public final class BuddyFrameAllocator implements FrameAllocator {
    /** The largest order: blocks of 1024 frames, 4 MiB. */
    public static final int MAX_ORDER = 10;
    /** Returned by {@link #freeBlockFrames} when it is asked about an order out of range. */
    public static final int NO_SUCH_ORDER = -1;

    private BuddyFreeLists lists = new BuddyFreeLists(0, MAX_ORDER);
    /** One more than the order of the allocated block starting at each frame; zero where none starts. */
    private byte[] allocatedOrder = new byte[0];
    private long freeCount;
    private long totalCount;

    @Override
    public String name() {
        return "buddy";
    }

    @Override
    public void init(MemoryMap map) {
        FrameRuns usable = UsableFrames.of(map);
        lists = new BuddyFreeLists(usable.limit(), MAX_ORDER);
        allocatedOrder = new byte[usable.limit()];
        freeCount = 0;
        for (int i = 0; i < usable.count(); i++) {
            coverRun(usable.start(i), usable.end(i));
        }
        totalCount = freeCount;
    }

    @Override
    public long allocate() {
        return allocateOrder(0);
    }

    @Override
    public boolean free(long address) {
        return freeOrder(address, 0);
    }

    /**
     * Allocates 2<sup>order</sup> physically contiguous frames, aligned to their total size.
     *
     * @param order 0 to {@link #MAX_ORDER}
     * @return the address of the first frame, or {@link #OUT_OF_MEMORY} when no block that large is
     *         free or the order is out of range
     */
    public long allocateOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            return OUT_OF_MEMORY;
        }
        int from = order;
        while (from <= MAX_ORDER && lists.count(from) == 0) {
            from++;
        }
        if (from > MAX_ORDER) {
            return OUT_OF_MEMORY;
        }
        int frame = lists.pop(from);
        while (from > order) {
            from--;
            lists.push(frame + (1 << from), from);
        }
        allocatedOrder[frame] = (byte) (order + 1);
        freeCount -= 1L << order;
        return frame * FRAME_SIZE;
    }

    /**
     * Returns a block {@link #allocateOrder} handed out.
     *
     * @param address the address it returned
     * @param order   the order it was asked for
     * @return false, changing nothing, when no block of that order was handed out at that address
     *         (unaligned, never allocated, already freed, reserved, or allocated with another order)
     */
    public boolean freeOrder(long address, int order) {
        if (address < 0 || address % FRAME_SIZE != 0 || address / FRAME_SIZE >= allocatedOrder.length
                || order < 0 || order > MAX_ORDER) {
            return false;
        }
        int frame = (int) (address / FRAME_SIZE);
        if (allocatedOrder[frame] != order + 1) {
            return false;
        }
        allocatedOrder[frame] = 0;
        freeCount += 1L << order;
        int merged = order;
        while (merged < MAX_ORDER) {
            int buddy = frame ^ (1 << merged);
            if (lists.orderAt(buddy) != merged) {
                break;
            }
            lists.unlink(buddy);
            if (buddy < frame) {
                frame = buddy;
            }
            merged++;
        }
        lists.push(frame, merged);
        return true;
    }

    @Override
    public long freeFrames() {
        return freeCount;
    }

    @Override
    public long totalFrames() {
        return totalCount;
    }

    /** @return the largest order with a free block, or -1 when nothing is free */
    public int largestFreeOrder() {
        for (int order = MAX_ORDER; order >= 0; order--) {
            if (lists.count(order) > 0) {
                return order;
            }
        }
        return -1;
    }

    /**
     * Copies the addresses of the free blocks of one order, for reports and checks.
     *
     * @param order 0 to {@link #MAX_ORDER}
     * @param into  receives up to {@code into.length} addresses, in free-list order
     * @return how many free blocks of that order there are (possibly more than were copied), or
     *         {@link #NO_SUCH_ORDER}
     */
    public int freeBlockFrames(int order, long[] into) {
        if (order < 0 || order > MAX_ORDER) {
            return NO_SUCH_ORDER;
        }
        int count = lists.count(order);
        int[] frames = new int[count < into.length ? count : into.length];
        int copied = lists.copyFrames(order, frames);
        for (int i = 0; i < copied; i++) {
            into[i] = frames[i] * FRAME_SIZE;
        }
        return count;
    }

    /** Covers the usable frames {@code [from, to)} with the largest aligned blocks that fit. */
    private void coverRun(int from, int to) {
        int frame = from;
        while (frame < to) {
            int order = MAX_ORDER;
            while (order > 0 && ((frame & ((1 << order) - 1)) != 0 || frame + (1 << order) > to)) {
                order--;
            }
            lists.push(frame, order);
            freeCount += 1L << order;
            frame += 1 << order;
        }
    }
}
