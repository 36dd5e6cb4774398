package dev.moka.testkit.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.plans.ReferenceBumpPlan;

/** The kit passes a correct plan that does not reclaim garbage, written against the SPI alone. */
class ReferenceBumpPlanContractTest extends HeapPlanContract {
    @Override
    protected Class<? extends HeapPlan> planClass() {
        return ReferenceBumpPlan.class;
    }

    @Override
    protected boolean reclaimsGarbage() {
        return false;
    }
}
