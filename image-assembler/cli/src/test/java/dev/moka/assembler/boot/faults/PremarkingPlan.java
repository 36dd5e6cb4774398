package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.mm.heap.MarkSweepPlan;

/**
 * A deliberately wrong heap plan, compiled into test images: mark-sweep, except that it hands out
 * every second object with its mark bit already set.
 * A collection then takes such an object for one it has already scanned, so whatever only it refers
 * to is freed while still in use: the classic way a collector loses objects. The kernel's checks must
 * turn that into failure status.
 */
public final class PremarkingPlan implements HeapPlan {
    // Compiled code must not bump past the plan: every object has to pass through allocate.
    private final MarkSweepPlan collector = new MarkSweepPlan(false);
    private long allocations;

    @Override
    public String name() {
        return "premarking";
    }

    @Override
    public void init(long start, long end) {
        collector.init(start, end);
    }

    @Override
    public long allocate(long bytes) {
        long address = collector.allocate(bytes);
        allocations++;
        if (address != 0 && (allocations & 1) == 0) {
            ObjectModel.setMarked(address, true);
        }
        return address;
    }

    @Override
    public long collections() {
        return collector.collections();
    }
}
