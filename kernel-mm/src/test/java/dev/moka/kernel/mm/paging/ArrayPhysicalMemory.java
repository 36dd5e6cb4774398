package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.PhysicalMemory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Physical memory as a map of 4 KiB pages of longs (unwritten memory reads zero), with a record of
 * the TLB invalidations and CR3 loads the code under test asked for.
 */
final class ArrayPhysicalMemory implements PhysicalMemory {
    private final Map<Long, long[]> pages = new HashMap<>();
    final List<Long> invalidated = new ArrayList<>();
    private long activeRoot;

    @Override
    public long read64(long physical) {
        long[] page = pages.get(physical >>> 12);
        return page == null ? 0 : page[slot(physical)];
    }

    @Override
    public void write64(long physical, long value) {
        pages.computeIfAbsent(physical >>> 12, n -> new long[512])[slot(physical)] = value;
    }

    @Override
    public void invalidate(long virtual) {
        invalidated.add(virtual);
    }

    @Override
    public void activate(long root) {
        activeRoot = root;
    }

    @Override
    public long activeRoot() {
        return activeRoot;
    }

    private static int slot(long physical) {
        if ((physical & 7) != 0) {
            throw new IllegalArgumentException("unaligned 8-byte access at 0x" + Long.toHexString(physical));
        }
        return (int) ((physical & 0xFFF) >>> 3);
    }
}
