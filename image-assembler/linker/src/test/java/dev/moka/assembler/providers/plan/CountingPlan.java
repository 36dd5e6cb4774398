package dev.moka.assembler.providers.plan;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.magic.Magic;

/**
 * A test plan: no bump region, so compiled code calls {@link #allocate} for every object, which
 * bumps through the heap in Java and counts the calls. It never collects.
 */
public final class CountingPlan implements HeapPlan {
    private long top;
    private long end;
    private long allocations;

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public void init(long start, long heapEnd) {
        top = start;
        end = heapEnd;
    }

    @Override
    public long allocate(long bytes) {
        if (top + bytes > end) {
            return 0;
        }
        long address = top;
        top += bytes;
        for (long p = address; p < top; p += 8) {
            Magic.store64(p, 0);
        }
        allocations++;
        return address;
    }

    @Override
    public long collections() {
        return 0;
    }

    /** @return how many objects compiled code asked this plan for */
    public long allocations() {
        return allocations;
    }
}
