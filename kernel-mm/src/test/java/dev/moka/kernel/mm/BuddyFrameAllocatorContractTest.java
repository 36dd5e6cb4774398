package dev.moka.kernel.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.testkit.mm.FrameAllocatorContract;
import java.util.Arrays;

/**
 * The buddy allocator keeps the frame allocator contract, and its own rules: the free counts of its
 * lists always add up to {@code freeFrames()}, and once everything is freed its free lists hold
 * exactly the blocks a fresh allocator starts with.
 */
class BuddyFrameAllocatorContractTest extends FrameAllocatorContract {
    @Override
    protected FrameAllocator newAllocator() {
        return new BuddyFrameAllocator();
    }

    @Override
    protected void checkPolicyAfterEachStep(FrameAllocator allocator) {
        BuddyFrameAllocator buddy = (BuddyFrameAllocator) allocator;
        long listed = 0;
        for (int order = 0; order <= BuddyFrameAllocator.MAX_ORDER; order++) {
            listed += (long) buddy.freeBlockFrames(order, new long[0]) << order;
        }
        if (listed != buddy.freeFrames()) {
            throw new AssertionError("free lists hold " + listed + " frames but freeFrames() = " + buddy.freeFrames());
        }
    }

    @Override
    protected void checkPolicyAfterFreeingEverything(FrameAllocator allocator, FrameAllocator fresh) {
        BuddyFrameAllocator used = (BuddyFrameAllocator) allocator;
        BuddyFrameAllocator initial = (BuddyFrameAllocator) fresh;
        for (int order = 0; order <= BuddyFrameAllocator.MAX_ORDER; order++) {
            long[] now = blocks(used, order);
            long[] atStart = blocks(initial, order);
            if (!Arrays.equals(now, atStart)) {
                throw new AssertionError("order " + order + " did not coalesce back: free blocks "
                        + Arrays.toString(now) + ", at start " + Arrays.toString(atStart));
            }
        }
        if (used.largestFreeOrder() != initial.largestFreeOrder()) {
            throw new AssertionError("largest free order " + used.largestFreeOrder() + ", at start "
                    + initial.largestFreeOrder());
        }
    }

    private static long[] blocks(BuddyFrameAllocator buddy, int order) {
        long[] addresses = new long[buddy.freeBlockFrames(order, new long[0])];
        buddy.freeBlockFrames(order, addresses);
        Arrays.sort(addresses);
        return addresses;
    }
}
