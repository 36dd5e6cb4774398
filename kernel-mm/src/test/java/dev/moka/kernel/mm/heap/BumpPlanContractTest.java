package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.HeapPlanContract;

/**
 * The bump plan against the heap plan kit: it hands the whole heap to compiled code's inline bump
 * region, never reclaims anything, and must hold every byte of its heap before running out.
 */
class BumpPlanContractTest extends HeapPlanContract {
    @Override
    protected Class<? extends HeapPlan> planClass() {
        return BumpPlan.class;
    }

    @Override
    protected boolean reclaimsGarbage() {
        return false;
    }
}
