package dev.moka.testkit.heap.plans;

import dev.moka.kernel.api.heap.HeapPlan;

/**
 * The simplest plan that keeps the contract, written against the SPI alone: a cursor through a heap
 * that starts zeroed, and 0 at the end. The broken plans the kit must catch are small changes to it.
 */
public class ReferenceBumpPlan implements HeapPlan {
    protected long start;
    protected long end;
    protected long cursor;

    @Override
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public void init(long heapStart, long heapEnd) {
        start = heapStart;
        end = heapEnd;
        cursor = heapStart;
    }

    @Override
    public long allocate(long bytes) {
        if (cursor + bytes > end) {
            return 0;
        }
        long address = cursor;
        cursor += bytes;
        return address;
    }

    @Override
    public long collections() {
        return 0;
    }
}
