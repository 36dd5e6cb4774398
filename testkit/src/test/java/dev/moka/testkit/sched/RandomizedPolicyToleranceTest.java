package dev.moka.testkit.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Randomized policies pass the kit reliably and only because of what they declare: the lottery passes
 * on many seeds, while a lottery that ignores nice values, or a deterministic policy that favours one
 * task, is still rejected, and a deterministic policy's tolerance is exactly what it was.
 */
class RandomizedPolicyToleranceTest {
    private static final int SEEDS = 300;
    private static final List<List<Integer>> NICE_SETS = List.of(List.of(0, 0), List.of(-3, 0, 3),
            List.of(-20, 19), List.of(5, -5, 10, -10, 0, 19));

    private final LotterySchedulerContractTest lottery = new LotterySchedulerContractTest();

    @Test
    void theLotteryKeepsItsSharesOnEverySeed() {
        for (int seed = 0; seed < SEEDS; seed++) {
            for (List<Integer> nice : NICE_SETS) {
                lottery.checkShares(nice, new Random(seed));
            }
        }
    }

    @Test
    void theLotteryKeepsTheContractOnEverySeed() {
        Random steps = new Random(7);
        for (int seed = 0; seed < SEEDS; seed++) {
            int[] nice = new int[SchedulerModel.SLOTS];
            for (int slot = 0; slot < nice.length; slot++) {
                nice[slot] = steps.nextInt(7) - 3;
            }
            lottery.replay(randomSteps(steps), nice, new int[SchedulerModel.SLOTS], new Random(seed));
        }
    }

    @Test
    void withoutItsDeclaredChanceTheLotteryFailsOnSomeSeed() {
        SchedulerContract undeclared = new LotterySchedulerContractTest() {
            @Override
            protected double shareStandardDeviationTicks(double share, int windowTicks) {
                return 0;
            }
        };
        int failures = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            try {
                undeclared.checkShares(NICE_SETS.get(3), new Random(seed));
            } catch (AssertionError expected) {
                failures++;
            }
        }
        assertTrue(failures > 0, "the deterministic tolerance alone held on all " + SEEDS + " seeds");
    }

    @Test
    void aLotteryThatIgnoresNiceIsRejectedDespiteItsAllowance() {
        SchedulerContract weightBlind = new LotterySchedulerContractTest() {
            @Override
            protected Scheduler newScheduler(Random random) {
                return new WeightBlindLottery(random);
            }
        };
        AssertionError error = assertThrows(AssertionError.class,
                () -> weightBlind.checkShares(List.of(-3, 3), new Random(1)));
        assertTrue(error.getMessage().contains("owed"), error::getMessage);
    }

    @Test
    void aDeterministicToleranceIsNotLoosened() {
        SchedulerContract fifo = contractFor(BrokenSchedulers.Fifo::new);
        int window = 20_000;
        assertEquals(0.25 * window * 0.10 + 24, fifo.allowedShareDeviation(0.25, window), 1e-9);
        assertEquals(0.5 * window * 0.10 + 24, fifo.allowedShareDeviation(0.5, window), 1e-9);
        assertTrue(lottery.allowedShareDeviation(0.25, window) > fifo.allowedShareDeviation(0.25, window),
                "the lottery's declared chance must add to its allowance");
    }

    @Test
    void aDeterministicPolicyThatFavoursOneTaskIsRejected() {
        SchedulerContract favouring = contractFor(FavoursTheFirst::new);
        AssertionError error = assertThrows(AssertionError.class,
                () -> favouring.checkShares(List.of(0, 0, 0, 0), new Random(0)));
        assertTrue(error.getMessage().contains("owed 5000"), error::getMessage);
    }

    private static List<Step> randomSteps(Random random) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
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

    /** A lottery that gives every task one ticket, whatever its nice value. */
    private static final class WeightBlindLottery extends BrokenSchedulers.Fifo {
        private final Random random;

        WeightBlindLottery(Random random) {
            this.random = random;
        }

        @Override
        public boolean tick(Task running) {
            int turns = random.nextInt(queue.size());
            for (int i = 0; i <= turns; i++) {
                queue.addLast(queue.removeFirst());
            }
            return true;
        }
    }

    /** Round robin, except that the first task enqueued runs two ticks for everyone else's one. */
    private static final class FavoursTheFirst extends BrokenSchedulers.Fifo {
        private Task first;
        private boolean second;

        @Override
        public void enqueue(Task task) {
            if (first == null) {
                first = task;
            }
            super.enqueue(task);
        }

        @Override
        public boolean tick(Task running) {
            if (running == first && !second) {
                second = true;
                return false;
            }
            second = false;
            return super.tick(running);
        }
    }
}
