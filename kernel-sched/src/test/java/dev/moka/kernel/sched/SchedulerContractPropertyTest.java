package dev.moka.kernel.sched;

import dev.moka.kernel.api.sched.Scheduler;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful properties of both policies: random chains of enqueue, dequeue, tick, yield and pick
 * against {@link KernelModel}, which checks that only runnable tasks are picked, that an empty set
 * picks null and that every runnable task gets a turn within the policy's bound.
 */
class SchedulerContractPropertyTest {

    @Property(tries = 300)
    void roundRobinKeepsTheContract(@ForAll("roundRobinChains") ActionChain<KernelModel> chain) {
        chain.withInvariant("contract", KernelModel::checkInvariants).run();
    }

    @Property(tries = 300)
    void priorityKeepsTheContract(@ForAll("priorityChains") ActionChain<KernelModel> chain) {
        chain.withInvariant("contract", KernelModel::checkInvariants).run();
    }

    @Provide
    Arbitrary<ActionChain<KernelModel>> roundRobinChains() {
        // Every task ahead of a waiting one leaves the front within one turn.
        return Arbitraries.integers().between(1, 4).flatMap(slice -> chains(
                () -> new RoundRobinScheduler(slice), n -> n - 1, Arbitraries.just(0)));
    }

    @Provide
    Arbitrary<ActionChain<KernelModel>> priorityChains() {
        // Aging: a level advances a task at least every AGING_TURNS turns; boosted, it waits behind at
        // most the other tasks. See PriorityScheduler's class comment.
        return Arbitraries.integers().between(1, 4).flatMap(slice -> chains(
                () -> new PriorityScheduler(slice), n -> n * (PriorityScheduler.AGING_TURNS + 3),
                Arbitraries.integers().between(-3, 40)));
    }

    private static Arbitrary<ActionChain<KernelModel>> chains(Supplier<Scheduler> policy, IntUnaryOperator bound,
                                                              Arbitrary<Integer> priority) {
        return priority.array(int[].class).ofSize(KernelModel.TASKS).flatMap(priorities ->
                ActionChain.<KernelModel>startWith(() -> new KernelModel(policy.get(), priorities, bound))
                        .withAction(3, taskAction("enqueue", KernelModel::enqueue))
                        .withAction(1, taskAction("dequeue", KernelModel::dequeue))
                        .withAction(6, Action.just(Transformer.mutate("tick", KernelModel::tick)))
                        .withAction(2, Action.just(Transformer.mutate("yield", KernelModel::yieldRunning)))
                        .withAction(1, Action.just(Transformer.mutate("pick", KernelModel::pick)))
                        .withMaxTransformations(300));
    }

    private interface TaskStep {
        void apply(KernelModel model, int task);
    }

    private static Action.Independent<KernelModel> taskAction(String name, TaskStep step) {
        return () -> Arbitraries.integers().between(0, KernelModel.TASKS - 1)
                .map(task -> Transformer.mutate(name + " t" + task, model -> step.apply(model, task)));
    }
}
