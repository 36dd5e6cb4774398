package dev.moka.testkit.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.plans.InlineBumpPlan;

/**
 * The kit passes a plan that works through the kernel's heap entry: installed by {@code Heap.install},
 * it lets compiled code bump inline, which the kit's mutator does through the redirected heap words.
 */
class InlineBumpPlanContractTest extends HeapPlanContract {
    @Override
    protected Class<? extends HeapPlan> planClass() {
        return InlineBumpPlan.class;
    }

    @Override
    protected boolean reclaimsGarbage() {
        return false;
    }
}
