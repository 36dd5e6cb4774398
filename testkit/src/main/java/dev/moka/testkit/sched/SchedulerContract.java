package dev.moka.testkit.sched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 *
 * <p>Hooks and their defaults:
 * <table>
 *   <caption>What a policy can declare</caption>
 *   <tr><th>hook</th><th>default</th><th>used by</th></tr>
 *   <tr><td>{@link #newScheduler(Random)}</td><td>{@link #newScheduler()}</td><td>both properties</td></tr>
 *   <tr><td>{@link #starvationBound(int)}</td><td>{@code runnableCount - 1} (FIFO)</td><td>chains</td></tr>
 *   <tr><td>{@link #checkOrdering}</td><td>any runnable task may run</td><td>chains</td></tr>
 *   <tr><td>{@link #minNice()} / {@link #maxNice()}</td><td>-20 / 19</td><td>both properties</td></tr>
 *   <tr><td>{@link #minShareNice()} / {@link #maxShareNice()}</td><td>{@link #minNice()} /
 *       {@link #maxNice()}</td><td>shares</td></tr>
 *   <tr><td>{@link #minPriority()} / {@link #maxPriority()}</td><td>-3 / 40</td><td>chains</td></tr>
 *   <tr><td>{@link #maxSteps()}</td><td>300</td><td>chains</td></tr>
 *   <tr><td>{@link #weightOf(Task)}</td><td>1 (equal shares)</td><td>shares</td></tr>
 *   <tr><td>{@link #shareTolerancePercent()}</td><td>10</td><td>shares</td></tr>
 *   <tr><td>{@link #shareSlackTicks()}</td><td>24</td><td>shares</td></tr>
 *   <tr><td>{@link #shareWindowTicks()}</td><td>20,000</td><td>shares</td></tr>
 *   <tr><td>{@link #shareStandardDeviationTicks}</td><td>0 (a deterministic policy)</td><td>shares</td></tr>
 *   <tr><td>{@link #shareSigmas()}</td><td>6</td><td>shares</td></tr>
 * </table>
 *
 * <p>A policy that picks at random takes its randomness from the kit: it overrides
 * {@link #newScheduler(Random)} and draws only from the {@code Random} given there, which jqwik seeds,
 * so a failing run replays exactly from the seed jqwik reports. It then declares how far its shares
 * may stray by chance with {@link #shareStandardDeviationTicks}, and a starvation bound that a fair
 * draw exceeds with negligible probability. A deterministic policy declares no deviation, and its
 * tolerance stays {@link #shareTolerancePercent()} plus {@link #shareSlackTicks()}.
 */
public abstract class SchedulerContract {

    /** @return a fresh policy instance; called once per generated run unless {@link #newScheduler(Random)} is overridden */
    protected abstract Scheduler newScheduler();

    /**
     * A fresh policy for one generated run, given the run's source of randomness. A randomized policy
     * overrides this and seeds itself from {@code random} (for instance with {@code random.nextLong()});
     * the default ignores it and calls {@link #newScheduler()}.
     *
     * @param random seeded by jqwik for this run; the policy's only source of randomness
     * @return a fresh policy instance
     */
    protected Scheduler newScheduler(Random random) {
        return newScheduler();
    }

    /**
     * Most turns a runnable task may wait before it is picked again. The default is the FIFO bound:
     * every other task runs at most once first. A randomized policy declares a bound that a fair draw
     * exceeds with negligible probability.
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

    /** @return allowed deviation from the owed ticks, in percent of them; default 10 */
    protected int shareTolerancePercent() {
        return 10;
    }

    /** @return allowed deviation on top of the percentage, in ticks: the latency of a slice or two; default 24 */
    protected int shareSlackTicks() {
        return 24;
    }

    /** @return ticks the share property runs; default 20,000 */
    protected int shareWindowTicks() {
        return 20_000;
    }

    /**
     * How far, by chance alone, the ticks a task receives may stray from what it is owed: the
     * standard deviation of its tick count over the window. A policy that picks at random declares it
     * (a lottery drawing a slice of {@code q} ticks at every turn gives a binomial count of slices:
     * {@code q * sqrt(n * share * (1 - share))} for {@code n = windowTicks / q} draws). The kit allows
     * {@link #shareSigmas()} of them on top of the deterministic tolerance.
     *
     * @param share       the fraction of the window the task is owed, in (0, 1]
     * @param windowTicks the window's length
     * @return the standard deviation in ticks; the default 0 declares a deterministic policy
     */
    protected double shareStandardDeviationTicks(double share, int windowTicks) {
        return 0;
    }

    /** @return standard deviations of chance allowed on top of the tolerance; default 6 */
    protected double shareSigmas() {
        return 6;
    }

    /** @return the lowest nice value given to tasks of the random chains and of the share runs; default -20 */
    protected int minNice() {
        return -20;
    }

    /** @return the highest nice value given to tasks of the random chains and of the share runs; default 19 */
    protected int maxNice() {
        return 19;
    }

    /** @return the lowest nice value of the share runs; default {@link #minNice()} */
    protected int minShareNice() {
        return minNice();
    }

    /** @return the highest nice value of the share runs; default {@link #maxNice()} */
    protected int maxShareNice() {
        return maxNice();
    }

    /** @return the lowest priority given to tasks; default -3, below the policies' ranges to test clamping */
    protected int minPriority() {
        return -3;
    }

    /** @return the highest priority given to tasks; default 40, above the policies' ranges to test clamping */
    protected int maxPriority() {
        return 40;
    }

    /** @return the longest chain of steps generated; default 300 */
    protected int maxSteps() {
        return 300;
    }

    /**
     * Ticks by which a task's share may differ from what it is owed: {@link #shareTolerancePercent()}
     * of the owed ticks, plus {@link #shareSlackTicks()}, plus {@link #shareSigmas()} times
     * {@link #shareStandardDeviationTicks}.
     *
     * @param share       the fraction of the window the task is owed
     * @param windowTicks the window's length
     * @return the allowed absolute deviation, in ticks
     */
    public final double allowedShareDeviation(double share, int windowTicks) {
        double owed = share * windowTicks;
        return owed * shareTolerancePercent() / 100.0 + shareSlackTicks()
                + shareSigmas() * shareStandardDeviationTicks(share, windowTicks);
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
        return replay(steps, nice, priority, new Random(0));
    }

    /**
     * Runs a fixed sequence of steps with a given source of randomness for the policy.
     *
     * @param steps    the kernel actions to replay
     * @param nice     nice value of each of {@link SchedulerModel#SLOTS} slots
     * @param priority priority of each slot
     * @param random   passed to {@link #newScheduler(Random)}
     * @return the model after the last step
     * @throws AssertionError at the first step that breaks the contract
     */
    public final SchedulerModel replay(List<Step> steps, int[] nice, int[] priority, Random random) {
        SchedulerModel model = new SchedulerModel(this, nice, priority, random);
        for (Step step : steps) {
            model.apply(step);
            model.checkInvariants();
        }
        return model;
    }

    /** @param chain a random kernel run; the contract is checked after every step */
    @Property(tries = 200)
    public void keepsTheContract(@ForAll("contractChains") ActionChain<SchedulerModel> chain) {
        chain.withInvariant("contract", SchedulerModel::checkInvariants).run();
    }

    /**
     * @param niceValues the always-runnable tasks, by nice value
     * @param random     the policy's source of randomness
     */
    @Property(tries = 40)
    public void sharesFollowWeights(@ForAll("shareNiceValues") List<Integer> niceValues, @ForAll Random random) {
        checkShares(niceValues, random);
    }

    /**
     * Runs always-runnable tasks for {@link #shareWindowTicks()} ticks and checks that each received
     * its weighted share within {@link #allowedShareDeviation}.
     *
     * @param niceValues one task per value, at most {@link SchedulerModel#SLOTS}
     * @param random     passed to {@link #newScheduler(Random)}
     * @throws AssertionError naming the first task whose share is off
     */
    public final void checkShares(List<Integer> niceValues, Random random) {
        Scheduler scheduler = newScheduler(random);
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
            double share = (double) weightOf(tasks[i]) / totalWeight;
            double owed = share * window;
            double allowed = allowedShareDeviation(share, window);
            long got = received[i];
            String name = tasks[i].name();
            assertTrue(Math.abs(got - owed) <= allowed, () -> name + " (nice " + niceValues + ") got " + got
                    + " of " + window + " ticks, owed " + Math.round(owed) + " +- " + Math.round(allowed));
        }
    }

    /** @return one to {@link SchedulerModel#SLOTS} nice values between {@link #minShareNice()} and {@link #maxShareNice()} */
    @Provide
    public Arbitrary<List<Integer>> shareNiceValues() {
        return Arbitraries.integers().between(minShareNice(), maxShareNice()).list().ofMinSize(1)
                .ofMaxSize(SchedulerModel.SLOTS);
    }

    private static int indexOf(Task[] tasks, Task task) {
        for (int i = 0; i < tasks.length; i++) {
            if (tasks[i] == task) {
                return i;
            }
        }
        throw new AssertionError("picked " + (task == null ? "null" : task.name()) + ", which is not runnable");
    }

    /** @return random kernel runs over random nice values and priorities, each with its own seed */
    @Provide
    public Arbitrary<ActionChain<SchedulerModel>> contractChains() {
        Arbitrary<int[]> nice = Arbitraries.integers().between(minNice(), maxNice())
                .array(int[].class).ofSize(SchedulerModel.SLOTS);
        Arbitrary<int[]> priority = Arbitraries.integers().between(minPriority(), maxPriority())
                .array(int[].class).ofSize(SchedulerModel.SLOTS);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(nice, priority, seed).as(RunProfile::new).flatMap(profile ->
                ActionChain.<SchedulerModel>startWith(() -> new SchedulerModel(this, profile.nice(), profile.priority(),
                                new Random(profile.seed())))
                        .withAction(4, slotAction(Step.Add::new))
                        .withAction(1, slotAction(Step.Remove::new))
                        .withAction(2, slotAction(Step.Block::new))
                        .withAction(2, slotAction(Step.Wake::new))
                        .withAction(8, step(new Step.Tick()))
                        .withAction(2, step(new Step.Yield()))
                        .withAction(1, step(new Step.Pick()))
                        .withMaxTransformations(maxSteps()));
    }

    private record RunProfile(int[] nice, int[] priority, long seed) {
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
