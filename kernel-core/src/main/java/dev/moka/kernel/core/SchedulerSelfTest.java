package dev.moka.kernel.core;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * Boot-time check of the scheduling policy's basic contract: it picks only runnable tasks, gives
 * every runnable task a turn, and picks nothing once the runnable set is empty.
 */
final class SchedulerSelfTest {
    private SchedulerSelfTest() {
    }

    /** @return null when the policy behaved, else what went wrong */
    static String run(Scheduler scheduler) {
        Task boot = Kernel.bootTask();
        Task other = new Task(1, "self-test", 0, 0);
        scheduler.enqueue(boot);
        scheduler.enqueue(other);
        boolean sawBoot = false;
        boolean sawOther = false;
        for (int round = 0; round < 64 && !(sawBoot && sawOther); round++) {
            Task picked = scheduler.pickNext();
            if (picked != boot && picked != other) {
                return "picked a task that is not runnable";
            }
            sawBoot |= picked == boot;
            sawOther |= picked == other;
            scheduler.yield(picked);
        }
        if (!sawBoot || !sawOther) {
            return "a runnable task never ran";
        }
        scheduler.dequeue(other);
        scheduler.dequeue(boot);
        if (scheduler.pickNext() != null) {
            return "picked a task from an empty run set";
        }
        return null;
    }
}
