import dev.moka.assembler.providers.plan.CountingPlan;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.core.heap.HeapStatistics;
import java.util.ArrayList;
import java.util.List;

/** Runs under a heap plan named at build time and reports which plan served it and how often. */
public class PlanReport {
    public static void main(String[] args) {
        HeapPlan plan = HeapStatistics.plan();
        long before = plan instanceof CountingPlan c ? c.allocations() : -1;
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            kept.add(new int[4]);
        }
        long after = plan instanceof CountingPlan c ? c.allocations() : -1;
        System.out.println("plan: " + plan.name());
        System.out.println("kept: " + kept.size());
        System.out.println("allocations: " + (after - before));
    }
}
