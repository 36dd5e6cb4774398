package com.example.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.testkit.sched.SchedulerContract;
import java.util.Random;

/** The coin flip under Moka's scheduler kit: seeded by the kit, with its chance declared. */
class CoinFlipSchedulerContractTest extends SchedulerContract {
    @Override
    protected Scheduler newScheduler() {
        return new CoinFlipScheduler(new Random(0));
    }

    @Override
    protected Scheduler newScheduler(Random random) {
        return new CoinFlipScheduler(random);
    }

    @Override
    protected double shareStandardDeviationTicks(double share, int windowTicks) {
        double draws = windowTicks / 2.0;
        return 2 * Math.sqrt(draws * share * (1 - share));
    }

    /** Equal chances: a waiting task loses each of {@code k} draws with probability ((n-1)/n)^k. */
    @Override
    protected int starvationBound(int runnableCount) {
        return runnableCount <= 1 ? 0 : (int) Math.ceil(Math.log(1e-12) / Math.log(1 - 1.0 / runnableCount));
    }
}
