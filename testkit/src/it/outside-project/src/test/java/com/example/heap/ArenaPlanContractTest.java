package com.example.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.HeapPlanContract;

/** The arena under Moka's heap plan kit: it reclaims nothing, so it must hold every byte it was given. */
class ArenaPlanContractTest extends HeapPlanContract {
    @Override
    protected Class<? extends HeapPlan> planClass() {
        return ArenaPlan.class;
    }

    @Override
    protected boolean reclaimsGarbage() {
        return false;
    }
}
