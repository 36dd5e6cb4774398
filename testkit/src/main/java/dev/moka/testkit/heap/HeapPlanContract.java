package dev.moka.testkit.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The contract every {@link HeapPlan} keeps, as jqwik properties run on the JVM. A plan's test extends
 * this class and names the plan's class in {@link #planClass()}; the kit installs a fresh instance in
 * a {@link SimulatedImage} for every run and drives it with a {@link HeapModel}, a mutator that
 * allocates as compiled code does and keeps the true object graph.
 *
 * <p>What is checked: every block handed out is 8-aligned, inside the heap given to {@code init},
 * zeroed, and clear of every reachable object; the plan stores nothing outside its heap and the heap
 * words; reachable objects keep their class, length, data and references across collections;
 * {@code collections()} never goes down; out of memory (0) comes only when reachable bytes plus the
 * request exceed what the plan promises ({@link #guaranteedBytes}), and a request larger than the
 * heap always gets 0; a plan that reclaims garbage survives allocating several times its heap in
 * garbage, and counts the collections that made that possible.
 *
 * <p>Hooks and their defaults:
 * <table>
 *   <caption>What a plan can declare</caption>
 *   <tr><th>hook</th><th>default</th></tr>
 *   <tr><td>{@link #heapBytes()}</td><td>1 MiB</td></tr>
 *   <tr><td>{@link #reclaimsGarbage()}</td><td>true</td></tr>
 *   <tr><td>{@link #guaranteedBytes(long, long)}</td><td>half the heap less metadata when reclaiming,
 *       else all of it</td></tr>
 *   <tr><td>{@link #largestObjectBytes()}</td><td>32 KiB</td></tr>
 *   <tr><td>{@link #rootCount()}</td><td>16</td></tr>
 *   <tr><td>{@link #maxSteps()}</td><td>50</td></tr>
 *   <tr><td>{@link #verifyHeap()}</td><td>false</td></tr>
 * </table>
 *
 * <p>What the JVM cannot show: a plan's interplay with compiled frames (stack maps, interrupted
 * frames) and with threads; the kit's roots are static fields only. Boot tests cover those.
 */
public abstract class HeapPlanContract {
    /** @return the plan under test; it needs a no-argument constructor, as a provider does */
    protected abstract Class<? extends HeapPlan> planClass();

    /** @return bytes of the heap handed to the plan; default 1 MiB */
    protected long heapBytes() {
        return 1L << 20;
    }

    /** @return whether the plan reclaims unreachable objects; default true, false for a bump plan */
    protected boolean reclaimsGarbage() {
        return true;
    }

    /**
     * What the plan promises to hold before it may answer out of memory: while reachable bytes (for a
     * plan that reclaims garbage) or all bytes ever allocated (for one that does not) plus the request
     * stay within this, every allocation must succeed. The default allows a non-moving collector half
     * its space for fragmentation.
     *
     * @param heapBytes     the heap handed to the plan
     * @param metadataBytes what the plan reports as its bookkeeping after {@code init}
     * @return the promise, in bytes
     */
    protected long guaranteedBytes(long heapBytes, long metadataBytes) {
        long usable = heapBytes - metadataBytes;
        return reclaimsGarbage() ? usable / 2 : usable;
    }

    /** @return the largest object the mutator allocates in its random steps; default 32 KiB */
    protected long largestObjectBytes() {
        return 32L << 10;
    }

    /** @return how many static reference fields (roots) the mutator uses; default 16 */
    protected int rootCount() {
        return 16;
    }

    /** @return the longest chain of mutator steps; default 50 */
    protected int maxSteps() {
        return 50;
    }

    /** @return what {@code Heap.verifyRequested()} answers, to run the plan's own heap checks; default false */
    protected boolean verifyHeap() {
        return false;
    }

    /**
     * Installs a fresh plan in a fresh image and returns the mutator for it. The image stays bound to
     * {@code Magic} until {@link SimulatedImage#close()}.
     *
     * @return the mutator
     */
    public final HeapModel newModel() {
        SimulatedImage image = new SimulatedImage(planClass(), heapBytes(), rootCount(), verifyHeap());
        long promise = guaranteedBytes(image.heapEnd() - image.heapStart(), image.plan().metadataBytes());
        return new HeapModel(image, reclaimsGarbage(), promise);
    }

    /** @param chain random mutator steps; live objects are checked after each */
    @Property(tries = 40)
    public void randomMutatorsKeepTheContract(@ForAll("mutatorChains") ActionChain<HeapModel> chain) {
        try {
            chain.withInvariant("live objects intact", HeapModel::checkLiveObjects).run();
        } finally {
            SimulatedImage.unbind();
        }
    }

    /**
     * Keeps a few objects live while allocating three times the heap in garbage: a collecting plan
     * never runs out and counts its collections; a plan that does not collect runs out no sooner than
     * it promised. The live objects are intact at the end.
     *
     * @param seed chooses the garbage
     */
    @Property(tries = 8)
    public void garbageNeverCostsLiveObjects(@ForAll long seed) {
        HeapModel model = newModel();
        try (SimulatedImage image = model.image()) {
            for (int root = 0; root < 4; root++) {
                model.allocateIntoRoot(Shape.PAIR, 0, root);
            }
            model.link(0, 0, 1);
            long limit = 3 * (image.heapEnd() - image.heapStart());
            long round = seed;
            while (model.allocatedBytes() < limit) {
                long before = model.allocatedBytes();
                model.churn(16, round++, largestObjectBytes());
                model.checkLiveObjects();
                if (model.allocatedBytes() == before) {
                    break;
                }
            }
            if (reclaimsGarbage()) {
                HeapModel.check(model.allocatedBytes() >= limit, "stopped allocating garbage after "
                        + model.allocatedBytes() + " bytes");
                HeapModel.check(image.plan().collections() > 0, "reclaimed " + model.allocatedBytes()
                        + " bytes of garbage in a heap of " + (image.heapEnd() - image.heapStart())
                        + " bytes, yet collections() is 0");
            }
        }
    }

    /**
     * Fills the heap with objects that all stay reachable until the plan runs out, which it may do only
     * past its promise; then the live objects are intact, and once every root is dropped a collecting
     * plan allocates again.
     *
     * @param arrayLength the length of the arrays that fill the heap
     */
    @Property(tries = 8)
    public void runsOutOnlyWhenFullAndRecovers(@ForAll("fillLengths") int arrayLength) {
        HeapModel model = newModel();
        try (SimulatedImage image = model.image()) {
            HeapObject tail = model.allocate(Shape.PAIR, 0);
            model.setRoot(0, tail);
            while (tail != null) {
                HeapObject payload = model.allocate(Shape.LONGS, arrayLength);
                if (payload == null) {
                    break;
                }
                model.setReference(tail, 1, payload);
                HeapObject next = model.allocate(Shape.PAIR, 0);
                if (next != null) {
                    model.setReference(tail, 0, next);
                }
                tail = next;
            }
            model.checkLiveObjects();
            model.requestMoreThanTheHeap();
            model.dropAll();
            HeapObject after = model.allocate(Shape.LONGS, arrayLength);
            HeapModel.check(after != null || !reclaimsGarbage(), "a collecting plan stayed out of memory after"
                    + " every object became garbage");
        }
    }

    /** @return lengths of the arrays that fill the heap: from half a KiB to the largest object */
    @Provide
    public Arbitrary<Integer> fillLengths() {
        return Arbitraries.integers().between(64, (int) Math.max(64, Math.min(4096, largestObjectBytes() / 8)));
    }

    /** @return chains of mutator steps on a fresh image each */
    @Provide
    public Arbitrary<ActionChain<HeapModel>> mutatorChains() {
        Arbitrary<Shape> shapes = Arbitraries.of(Shape.class);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 32)),
                Tuple.of(1, Arbitraries.integers().between(0, (int) (largestObjectBytes() / 8))));
        Arbitrary<Integer> anyInt = Arbitraries.integers();
        Action.Independent<HeapModel> allocate = () -> Combinators.combine(shapes, lengths, anyInt)
                .as((shape, length, root) -> Transformer.mutate("allocate " + shape + "[" + length + "] into root "
                        + Math.floorMod(root, rootCount()), model -> model.allocateIntoRoot(shape, length, root)));
        Action.Independent<HeapModel> link = () -> Combinators.combine(anyInt, anyInt, Arbitraries.integers().between(-1, 1000))
                .as((source, slot, target) -> Transformer.mutate("link " + source + "." + slot + " -> " + target,
                        model -> model.link(source, slot, target)));
        Action.Independent<HeapModel> drop = () -> anyInt.map(root -> Transformer.mutate(
                "drop root " + Math.floorMod(root, rootCount()), model -> model.drop(root)));
        Action.Independent<HeapModel> churn = () -> Combinators.combine(Arbitraries.integers().between(1, 24),
                Arbitraries.longs()).as((count, seed) -> Transformer.mutate("churn " + count + " seed " + seed,
                model -> model.churn(count, seed, largestObjectBytes())));
        return ActionChain.startWith(this::newModel)
                .withAction(5, allocate)
                .withAction(3, link)
                .withAction(2, drop)
                .withAction(4, churn)
                .withAction(1, Action.just(Transformer.mutate("request more than the heap",
                        HeapModel::requestMoreThanTheHeap)))
                .withMaxTransformations(maxSteps());
    }
}
