package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import dev.moka.testkit.sched.SchedulerContract;
import java.util.List;

/**
 * The priority policy against the scheduler contract kit: the aging bound of
 * {@link PriorityScheduler}'s class comment, and highest level first unless aging boosted the pick.
 * The share property runs tasks of one level, which take turns round robin.
 */
class PriorityContractTest extends SchedulerContract {
    @Override
    protected Scheduler newScheduler() {
        return new PriorityScheduler(3);
    }

    @Override
    protected int starvationBound(int runnableCount) {
        return runnableCount * (PriorityScheduler.AGING_TURNS + 3);
    }

    @Override
    protected void checkOrdering(Task picked, List<Task> runnable) {
        RunQueueEntry entry = (RunQueueEntry) picked.policyState();
        if (entry.boosted) {
            return;
        }
        int level = PriorityScheduler.levelOf(picked.priority());
        for (Task other : runnable) {
            assertTrue(PriorityScheduler.levelOf(other.priority()) <= level, () -> "picked " + picked.name()
                    + " at level " + level + " over " + other.name() + " at " + other.priority());
        }
    }
}
