package dev.moka.testkit.sched;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The kit must reject each deliberately broken policy, both on a short hand-written run and on
 * random runs, and the random counterexample must shrink to a handful of steps. It must accept the
 * correct FIFO those policies are built on, on the very same runs.
 */
class ContractCatchesBrokenSchedulersTest {
    private static final int[] NICE = new int[SchedulerModel.SLOTS];
    private static final int[] PRIORITY = new int[SchedulerModel.SLOTS];
    private static final int RANDOM_RUNS = 50;
    private static final int RUN_LENGTH = 200;

    @Test
    void catchesAPickOfABlockedTask() {
        assertRejected(BrokenSchedulers.KeepsDequeuedTasks::new, "which is blocked",
                List.of(new Step.Add(0), new Step.Add(1), new Step.Block(0), new Step.Yield()), 3);
    }

    @Test
    void catchesStarvation() {
        assertRejected(BrokenSchedulers.StarvesTheLast::new, "more than the bound",
                List.of(new Step.Add(0), new Step.Add(1), new Step.Yield(), new Step.Yield()), 4);
    }

    @Test
    void catchesATaskQueuedTwice() {
        assertRejected(BrokenSchedulers.DuplicatesOnYield::new, "which is",
                List.of(new Step.Add(0), new Step.Yield(), new Step.Block(0), new Step.Pick()), 4);
    }

    @Test
    void catchesAPickFromAnEmptySet() {
        assertRejected(BrokenSchedulers.NeverIdle::new, "which is blocked",
                List.of(new Step.Add(0), new Step.Block(0)), 2);
    }

    @Test
    void acceptsTheCorrectFifoOnTheSameRuns() {
        SchedulerContract kit = contractFor(BrokenSchedulers.Fifo::new);
        Random random = new Random(42);
        for (int run = 0; run < RANDOM_RUNS; run++) {
            kit.replay(randomSteps(random), NICE, PRIORITY);
        }
    }

    /**
     * Checks that the fixed run fails with the expected message, that a seeded random search finds a
     * failing run too, and that shrinking it leaves at most {@code shrunkLimit} steps.
     */
    private static void assertRejected(Supplier<Scheduler> broken, String expected, List<Step> fixedRun,
                                       int shrunkLimit) {
        SchedulerContract kit = contractFor(broken);
        AssertionError onFixedRun = assertThrows(AssertionError.class, () -> kit.replay(fixedRun, NICE, PRIORITY));
        assertTrue(onFixedRun.getMessage().contains(expected), onFixedRun::getMessage);

        List<Step> failing = findFailingRun(kit, expected);
        List<Step> shrunk = shrink(kit, failing, expected);
        assertTrue(shrunk.size() <= shrunkLimit,
                () -> "shrunk only from " + failing.size() + " to " + shrunk.size() + " steps: " + shrunk);
        AssertionError onShrunk = assertThrows(AssertionError.class, () -> kit.replay(shrunk, NICE, PRIORITY));
        assertTrue(onShrunk.getMessage().contains(expected), onShrunk::getMessage);
    }

    private static List<Step> findFailingRun(SchedulerContract kit, String expected) {
        Random random = new Random(42);
        for (int run = 0; run < RANDOM_RUNS; run++) {
            List<Step> steps = randomSteps(random);
            if (failsWith(kit, steps, expected)) {
                return steps;
            }
        }
        throw new AssertionError("no random run of " + RUN_LENGTH + " steps caught the flaw");
    }

    /** Greedy shrinking: drop single steps while the run still fails the same way. */
    private static List<Step> shrink(SchedulerContract kit, List<Step> failing, String expected) {
        List<Step> current = new ArrayList<>(failing);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = current.size() - 1; i >= 0; i--) {
                List<Step> candidate = new ArrayList<>(current);
                candidate.remove(i);
                if (failsWith(kit, candidate, expected)) {
                    current = candidate;
                    progress = true;
                }
            }
        }
        return current;
    }

    private static boolean failsWith(SchedulerContract kit, List<Step> steps, String expected) {
        try {
            kit.replay(steps, NICE, PRIORITY);
            return false;
        } catch (AssertionError failure) {
            return failure.getMessage() != null && failure.getMessage().contains(expected);
        }
    }

    private static List<Step> randomSteps(Random random) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < RUN_LENGTH; i++) {
            int slot = random.nextInt(SchedulerModel.SLOTS);
            steps.add(switch (random.nextInt(8)) {
                case 0, 1 -> new Step.Add(slot);
                case 2 -> new Step.Remove(slot);
                case 3 -> new Step.Block(slot);
                case 4 -> new Step.Wake(slot);
                case 5 -> new Step.Yield();
                case 6 -> new Step.Pick();
                default -> new Step.Tick();
            });
        }
        return steps;
    }

    private static SchedulerContract contractFor(Supplier<Scheduler> policy) {
        return new SchedulerContract() {
            @Override
            protected Scheduler newScheduler() {
                return policy.get();
            }
        };
    }
}
