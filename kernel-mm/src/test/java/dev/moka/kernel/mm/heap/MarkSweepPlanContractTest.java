package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.HeapPlanContract;

/**
 * The mark-sweep plan against the heap plan kit, with its own heap verification after every
 * collection: live objects survive collections untouched, reclaimed memory comes back zeroed, and it
 * runs out only once half the space its metadata leaves is reachable.
 */
class MarkSweepPlanContractTest extends HeapPlanContract {
    @Override
    protected Class<? extends HeapPlan> planClass() {
        return MarkSweepPlan.class;
    }
}
