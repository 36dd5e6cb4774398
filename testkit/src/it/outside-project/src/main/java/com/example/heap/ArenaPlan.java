package com.example.heap;

import dev.moka.kernel.api.heap.HeapPlan;

/** Bumps through its heap and never reclaims: the smallest plan that keeps the contract. */
public final class ArenaPlan implements HeapPlan {
    private long cursor;
    private long end;

    @Override
    public String name() {
        return "arena";
    }

    @Override
    public void init(long start, long heapEnd) {
        cursor = start;
        end = heapEnd;
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
