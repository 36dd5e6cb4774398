package dev.moka.examples.stride;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import dev.moka.testkit.sched.SchedulerContract;
import java.util.List;

/**
 * The stride scheduler against Moka's scheduler contract kit: random chains of add, remove, block,
 * wake, tick, yield and pick, and long runs whose shares must follow the tickets over the whole nice
 * range. The chains use nice -3..3, where tickets differ by less than a factor of
 * {@value #TICKET_RATIO}: a waiting task is passed over at most that many times per other task.
 */
class StrideSchedulerContractTest extends SchedulerContract {
    private static final int CHAIN_NICE = 3;
    private static final int TICKET_RATIO = 4;

    @Override
    protected Scheduler newScheduler() {
        return new StrideScheduler();
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
        return StrideScheduler.MIN_NICE;
    }

    @Override
    protected int maxShareNice() {
        return StrideScheduler.MAX_NICE;
    }

    @Override
    protected int starvationBound(int runnableCount) {
        return 2 * runnableCount * (TICKET_RATIO + 1);
    }

    @Override
    protected long weightOf(Task task) {
        return StrideScheduler.ticketsOf(task.nice());
    }

    /** The pick has the smallest pass of all runnable tasks. */
    @Override
    protected void checkOrdering(Task picked, List<Task> runnable) {
        long pass = ((StrideEntry) picked.policyState()).pass;
        for (Task other : runnable) {
            assertTrue(pass <= ((StrideEntry) other.policyState()).pass,
                    () -> picked.name() + " picked although " + other.name() + " has a smaller pass");
        }
    }
}
