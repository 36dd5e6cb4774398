package dev.moka.testkit.heap.plans;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.core.heap.Heap;

/**
 * A bump plan through the kernel's heap entry, as compiled images use one: it hands the whole heap to
 * compiled code's inline bump region, so the kit's redirected {@code Heap} intrinsics carry every
 * allocation.
 */
public final class InlineBumpPlan implements HeapPlan {
    @Override
    public String name() {
        return "inline-bump";
    }

    @Override
    public void init(long start, long end) {
        Heap.setBumpRegion(start, end);
    }

    @Override
    public long allocate(long bytes) {
        return Heap.bumpAllocate(bytes);
    }

    @Override
    public long collections() {
        return 0;
    }
}
