package dev.moka.kernel.mm.heap;

import dev.moka.kernel.core.heap.Heap;
import dev.moka.kernel.api.heap.HeapPlan;

/**
 * The smallest plan: compiled code bumps a pointer through the whole heap and nothing is ever
 * reclaimed. When the pointer reaches the end the heap is exhausted and OutOfMemoryError is thrown.
 * The heap starts zeroed, so allocation is a compare and an add, inline in compiled code or here.
 */
public final class BumpPlan implements HeapPlan {
    @Override
    public String name() {
        return "bump";
    }

    @Override
    public void init(long start, long end) {
        Heap.setBumpRegion(start, end);
    }

    /** Compiled code that does not bump inline (kernel images, whose threads are preempted) lands here. */
    @Override
    public long allocate(long bytes) {
        return Heap.bumpAllocate(bytes);
    }

    @Override
    public long collections() {
        return 0;
    }
}
