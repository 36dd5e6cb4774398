package dev.moka.testkit.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.Random;

/**
 * A randomized policy under the kit: the lottery takes its randomness from the kit's seeded
 * {@code Random} and declares what chance allows. Its shares are a binomial count of slices, and a
 * waiting task wins each draw with probability at least {@code 1 / (1 + (n - 1) * ratio)}, where
 * {@code ratio} is the largest ticket ratio the chains' nice range allows; the starvation bound is the
 * wait that such a task exceeds with probability below {@value #FAILURE_PROBABILITY}.
 */
class LotterySchedulerContractTest extends SchedulerContract {
    static final int SLICE_TICKS = 3;
    private static final int CHAIN_NICE = 3;
    private static final double FAILURE_PROBABILITY = 1e-12;

    @Override
    protected Scheduler newScheduler() {
        throw new AssertionError("a randomized policy is made only from the kit's Random");
    }

    @Override
    protected Scheduler newScheduler(Random random) {
        return new LotteryScheduler(random, SLICE_TICKS);
    }

    @Override
    protected long weightOf(Task task) {
        return LotteryScheduler.tickets(task.nice());
    }

    @Override
    protected double shareStandardDeviationTicks(double share, int windowTicks) {
        double draws = (double) windowTicks / SLICE_TICKS;
        return SLICE_TICKS * Math.sqrt(draws * share * (1 - share));
    }

    @Override
    protected int minNice() {
        return -CHAIN_NICE;
    }

    @Override
    protected int maxNice() {
        return CHAIN_NICE;
    }

    /** Shares are checked over the whole nice range: chance is declared, so no task is exempt. */
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
        if (runnableCount <= 1) {
            return 0;
        }
        double ratio = (double) LotteryScheduler.tickets(-CHAIN_NICE) / LotteryScheduler.tickets(CHAIN_NICE);
        double leastChance = 1 / (1 + (runnableCount - 1) * ratio);
        return (int) Math.ceil(Math.log(FAILURE_PROBABILITY) / Math.log(1 - leastChance));
    }
}
