package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import dev.moka.testkit.sched.SchedulerContract;
import java.math.BigInteger;
import java.util.List;

/**
 * EEVDF against the scheduler contract kit. Shares follow the nice weights within the kit's 10% (plus
 * slice latency) over the full nice range. The random chains use nice -3..3, where weights differ by
 * less than a factor of {@value #WEIGHT_RATIO}: a waiting eligible task is passed over by another
 * task at most about {@code WEIGHT_RATIO + 1} times before its earlier deadline wins, and an ineligible
 * one becomes eligible within as many rounds, hence the declared bound.
 */
class EevdfContractTest extends SchedulerContract {
    private static final int CHAIN_NICE = 3;
    private static final int WEIGHT_RATIO = 4;

    @Override
    protected Scheduler newScheduler() {
        return new EevdfScheduler(3);
    }

    @Override
    protected int minNice() {
        return -CHAIN_NICE;
    }

    @Override
    protected int maxNice() {
        return CHAIN_NICE;
    }

    @Override
    protected int minShareNice() {
        return -20;
    }

    @Override
    protected int maxShareNice() {
        return 19;
    }

    @Override
    protected int starvationBound(int runnableCount) {
        return 2 * runnableCount * (WEIGHT_RATIO + 1);
    }

    @Override
    protected long weightOf(Task task) {
        return EevdfScheduler.weightOf(task.nice());
    }

    /** Recomputes eligibility exactly with big integers: the pick is eligible and has the earliest deadline. */
    @Override
    protected void checkOrdering(Task picked, List<Task> runnable) {
        BigInteger weighted = BigInteger.ZERO;
        BigInteger total = BigInteger.ZERO;
        for (Task task : runnable) {
            BigInteger weight = BigInteger.valueOf(EevdfScheduler.weightOf(task.nice()));
            weighted = weighted.add(weight.multiply(BigInteger.valueOf(entry(task).vruntime)));
            total = total.add(weight);
        }
        assertTrue(eligible(picked, weighted, total), () -> picked.name() + " picked while not eligible");
        for (Task other : runnable) {
            if (eligible(other, weighted, total)) {
                assertTrue(entry(picked).deadline <= entry(other).deadline,
                        () -> picked.name() + " picked although eligible " + other.name() + " has an earlier deadline");
            }
        }
    }

    private static boolean eligible(Task task, BigInteger weighted, BigInteger total) {
        return BigInteger.valueOf(entry(task).vruntime).multiply(total).compareTo(weighted) <= 0;
    }

    private static RunQueueEntry entry(Task task) {
        return (RunQueueEntry) task.policyState();
    }
}
