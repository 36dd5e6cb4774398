package dev.moka.kernel.api.testkit.sched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The contract every {@link Scheduler} keeps, as jqwik properties. A policy's test extends this class
 * and supplies {@link #newScheduler()}; the hooks declare what the policy promises beyond the SPI.
 *
 * <p>{@link #keepsTheContract} drives the policy with random chains of add, remove, block, wake,
 * tick, yield and pick through a {@link SchedulerModel} and checks after every step that only
 * runnable tasks are picked, that an empty set picks null, that something runs while anything is
 * runnable, that no runnable task waits more turns than {@link #starvationBound} and that each pick
 * obeys {@link #checkOrdering}. {@link #sharesFollowWeights} runs a fixed set of always-runnable tasks
 * for a long window and compares the ticks each received with {@link #weightOf}.
 */
public abstract class SchedulerContract {

    /** @return a fresh policy instance; called once per generated run */
    protected abstract Scheduler newScheduler();

    /**
     * Most turns a runnable task may wait before it is picked again. The default is the FIFO bound:
     * every other task runs at most once first.
     *
     * @param runnableCount the largest number of runnable tasks while the task waited
     * @return the bound, in turns (picks that ended another task's turn)
     */
    protected int starvationBound(int runnableCount) {
        return runnableCount - 1;
    }

    /**
     * The policy's ordering rule, checked at every pick. The default accepts any runnable task.
     *
     * @param picked   the task just picked, known to be runnable
     * @param runnable every runnable task, the picked one included
     */
    protected void checkOrdering(Task picked, List<Task> runnable) {
        // No rule beyond the SPI: any runnable task may run.
    }

    /**
     * Share of the CPU a task is owed relative to others that are always runnable. The default is an
     * equal share for every task.
     *
     * @param task a runnable task
     * @return its weight, positive
     */
    protected long weightOf(Task task) {
        return 1;
    }

    /** @return allowed deviation from the owed ticks, in percent of them */
    protected int shareTolerancePercent() {
        return 10;
    }

    /** @return allowed deviation on top of the percentage, in ticks: the latency of a slice or two */
    protected int shareSlackTicks() {
        return 24;
    }

    /** @return ticks the share property runs */
    protected int shareWindowTicks() {
        return 20_000;
    }

    /** @return the lowest nice value given to tasks of the random chains */
    protected int minNice() {
        return -20;
    }

    /** @return the highest nice value given to tasks of the random chains */
    protected int maxNice() {
        return 19;
    }

    /** @return the lowest priority given to tasks; below the policy's range to test clamping */
    protected int minPriority() {
        return -3;
    }

    /** @return the highest priority given to tasks; above the policy's range to test clamping */
    protected int maxPriority() {
        return 40;
    }

    /** @return the longest chain of steps generated */
    protected int maxSteps() {
        return 300;
    }

    /**
     * Runs a fixed sequence of steps and checks the invariants after each, as the property does.
     *
     * @param steps the kernel actions to replay
     * @param nice  nice value of each of {@link SchedulerModel#SLOTS} slots
     * @param priority priority of each slot
     * @return the model after the last step
     * @throws AssertionError at the first step that breaks the contract
     */
    public final SchedulerModel replay(List<Step> steps, int[] nice, int[] priority) {
        SchedulerModel model = new SchedulerModel(this, nice, priority);
        for (Step step : steps) {
            model.apply(step);
            model.checkInvariants();
        }
        return model;
    }

    @Property(tries = 200)
    public void keepsTheContract(@ForAll("contractChains") ActionChain<SchedulerModel> chain) {
        chain.withInvariant("contract", SchedulerModel::checkInvariants).run();
    }

    @Property(tries = 40)
    public void sharesFollowWeights(@ForAll @Size(min = 1, max = SchedulerModel.SLOTS)
                             List<@IntRange(min = -20, max = 19) Integer> niceValues) {
        Scheduler scheduler = newScheduler();
        Task[] tasks = new Task[niceValues.size()];
        long totalWeight = 0;
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = new Task(i + 1, "t" + i, niceValues.get(i), 0);
            scheduler.enqueue(tasks[i]);
            totalWeight += weightOf(tasks[i]);
        }
        long[] received = new long[tasks.length];
        Task running = scheduler.pickNext();
        int window = shareWindowTicks();
        for (int tick = 0; tick < window; tick++) {
            received[indexOf(tasks, running)]++;
            if (scheduler.tick(running)) {
                running = scheduler.pickNext();
            }
        }
        for (int i = 0; i < tasks.length; i++) {
            double owed = (double) window * weightOf(tasks[i]) / totalWeight;
            double allowed = owed * shareTolerancePercent() / 100.0 + shareSlackTicks();
            long got = received[i];
            String name = tasks[i].name();
            assertTrue(Math.abs(got - owed) <= allowed, () -> name + " (nice " + niceValues + ") got " + got
                    + " of " + window + " ticks, owed " + Math.round(owed) + " +- " + Math.round(allowed));
        }
    }

    private static int indexOf(Task[] tasks, Task task) {
        for (int i = 0; i < tasks.length; i++) {
            if (tasks[i] == task) {
                return i;
            }
        }
        throw new AssertionError("picked " + (task == null ? "null" : task.name()) + ", which is not runnable");
    }

    @Provide
    public Arbitrary<ActionChain<SchedulerModel>> contractChains() {
        Arbitrary<int[]> nice = Arbitraries.integers().between(minNice(), maxNice())
                .array(int[].class).ofSize(SchedulerModel.SLOTS);
        Arbitrary<int[]> priority = Arbitraries.integers().between(minPriority(), maxPriority())
                .array(int[].class).ofSize(SchedulerModel.SLOTS);
        return Combinators.combine(nice, priority).as((n, p) -> new int[][] {n, p}).flatMap(profile ->
                ActionChain.<SchedulerModel>startWith(() -> new SchedulerModel(this, profile[0], profile[1]))
                        .withAction(4, slotAction(Step.Add::new))
                        .withAction(1, slotAction(Step.Remove::new))
                        .withAction(2, slotAction(Step.Block::new))
                        .withAction(2, slotAction(Step.Wake::new))
                        .withAction(8, step(new Step.Tick()))
                        .withAction(2, step(new Step.Yield()))
                        .withAction(1, step(new Step.Pick()))
                        .withMaxTransformations(maxSteps()));
    }

    private interface SlotStep {
        Step at(int slot);
    }

    private static Action.Independent<SchedulerModel> slotAction(SlotStep kind) {
        return () -> Arbitraries.integers().between(0, SchedulerModel.SLOTS - 1)
                .map(slot -> transformer(kind.at(slot)));
    }

    private static Action<SchedulerModel> step(Step step) {
        return Action.just(transformer(step));
    }

    private static Transformer<SchedulerModel> transformer(Step step) {
        return Transformer.mutate(step.toString(), model -> model.apply(step));
    }
}
