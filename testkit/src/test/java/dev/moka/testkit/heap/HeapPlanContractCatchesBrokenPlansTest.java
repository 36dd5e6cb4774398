package dev.moka.testkit.heap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.testkit.heap.plans.BrokenHeapPlans;
import dev.moka.testkit.heap.plans.ReferenceBumpPlan;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each broken plan, driven through a short fixed run of the kit's own steps, trips the check for the
 * rule it breaks, with a message that names it; the reference plan passes every one of those runs.
 */
class HeapPlanContractCatchesBrokenPlansTest {
    private static final Consumer<HeapModel> THREE_LEAVES = model -> {
        for (int root = 0; root < 3; root++) {
            model.allocateIntoRoot(Shape.LEAF, 0, root);
        }
    };
    private static final Consumer<HeapModel> FOUR_ROOTED_PAIRS = model -> {
        for (int root = 0; root < 4; root++) {
            model.allocateIntoRoot(Shape.PAIR, 0, root);
            model.link(root, 0, 0);
        }
    };

    @AfterEach
    void unbind() {
        SimulatedImage.unbind();
    }

    private static HeapPlanContract contractFor(Class<? extends HeapPlan> plan, boolean reclaims) {
        return new HeapPlanContract() {
            @Override
            protected Class<? extends HeapPlan> planClass() {
                return plan;
            }

            @Override
            protected boolean reclaimsGarbage() {
                return reclaims;
            }
        };
    }

    private static void run(Class<? extends HeapPlan> plan, Consumer<HeapModel> steps) {
        HeapModel model = contractFor(plan, false).newModel();
        try (SimulatedImage image = model.image()) {
            steps.accept(model);
            model.checkLiveObjects();
        }
    }

    private static void assertCaught(String expected, Runnable run) {
        AssertionError error = assertThrows(AssertionError.class, run::run);
        assertTrue(error.getMessage().contains(expected),
                () -> "expected a failure about '" + expected + "' but got: " + error.getMessage());
    }

    @Test
    void theReferencePlanPassesEveryRunBelow() {
        run(ReferenceBumpPlan.class, THREE_LEAVES);
        run(ReferenceBumpPlan.class, FOUR_ROOTED_PAIRS);
        run(ReferenceBumpPlan.class, HeapModel::requestMoreThanTheHeap);
        HeapPlanContract reference = contractFor(ReferenceBumpPlan.class, false);
        reference.runsOutOnlyWhenFullAndRecovers(64);
        reference.garbageNeverCostsLiveObjects(1);
    }

    @Test
    void catchesAMisalignedBlock() {
        assertCaught("not 8-aligned", () -> run(BrokenHeapPlans.Misaligned.class, THREE_LEAVES));
    }

    @Test
    void catchesABlockHandedOutTwice() {
        assertCaught("overlapping reachable", () -> run(BrokenHeapPlans.HandsOutTwice.class, FOUR_ROOTED_PAIRS));
    }

    @Test
    void catchesABlockBeyondTheHeap() {
        assertCaught("outside the heap", () -> run(BrokenHeapPlans.OverrunsTheHeap.class,
                HeapModel::requestMoreThanTheHeap));
    }

    @Test
    void catchesOutOfMemoryBeforeThePromise() {
        assertCaught("out of memory for", () -> contractFor(BrokenHeapPlans.GivesUpEarly.class, false)
                .runsOutOnlyWhenFullAndRecovers(64));
    }

    @Test
    void catchesABlockThatIsNotZeroed() {
        assertCaught("not zeroed", () -> run(BrokenHeapPlans.LeavesItsBookkeeping.class, THREE_LEAVES));
    }

    @Test
    void catchesAStoreOutsideItsHeap() {
        assertCaught("outside the heap it was given", () -> run(BrokenHeapPlans.WritesBelowItsHeap.class, m -> { }));
    }

    @Test
    void catchesACollectionThatReusesLiveMemory() {
        assertCaught("handed out", () -> contractFor(BrokenHeapPlans.ForgetsLiveObjects.class, true)
                .garbageNeverCostsLiveObjects(1));
    }

    @Test
    void catchesCollectionsCountingDown() {
        assertCaught("collections() went from 0 to -1", () -> run(BrokenHeapPlans.CountsBackwards.class, THREE_LEAVES));
    }

    @Test
    void aCollectingPlanMustCollect() {
        assertCaught("out of memory for", () -> contractFor(ReferenceBumpPlan.class, true)
                .garbageNeverCostsLiveObjects(1));
    }
}
