package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.testkit.sched.SchedulerContract;

/** Round robin against the scheduler contract kit: FIFO wait bound and equal shares, the kit's defaults. */
class RoundRobinContractTest extends SchedulerContract {
    @Override
    protected Scheduler newScheduler() {
        return new RoundRobinScheduler(3);
    }
}
