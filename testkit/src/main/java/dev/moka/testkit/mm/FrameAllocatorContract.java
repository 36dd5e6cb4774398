package dev.moka.testkit.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ArrayList;
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
 * The contract every {@link FrameAllocator} keeps, as jqwik properties. An implementation's test
 * extends this class and supplies {@link #newAllocator()}; the properties then run on random memory
 * maps ({@link MemoryMaps#layouts()}) and random chains of allocate and free steps. After every step:
 *
 * <ul>
 *   <li>frames handed out are 4 KiB aligned, wholly in available RAM, clear of every reserved range,
 *       and never handed out twice without a free in between;</li>
 *   <li>freeing an owned frame is accepted; freeing anything else (a frame freed already, an
 *       unaligned address, a reserved or absent frame, a free one) is refused and changes nothing;</li>
 *   <li>{@code freeFrames()} plus the frames owned equals the free count after {@code init};</li>
 *   <li>{@code OUT_OF_MEMORY} comes exactly when every frame is taken;</li>
 *   <li>{@link #checkPolicyAfterEachStep} holds.</li>
 * </ul>
 *
 * <p>After freeing everything, {@link #checkPolicyAfterFreeingEverything} compares the allocator with
 * a fresh one built from the same map: the place for rules such as "a buddy allocator coalesces back
 * into the blocks it started with".
 *
 * <p>Hooks and their defaults:
 * <table>
 *   <caption>What an allocator can declare</caption>
 *   <tr><th>hook</th><th>default</th></tr>
 *   <tr><td>{@link #newAllocator()}</td><td>required</td></tr>
 *   <tr><td>{@link #checkPolicyAfterEachStep}</td><td>no rule</td></tr>
 *   <tr><td>{@link #checkPolicyAfterFreeingEverything}</td><td>no rule</td></tr>
 *   <tr><td>{@link #managesEveryUsableFrame()}</td><td>true</td></tr>
 *   <tr><td>{@link #layouts()}</td><td>{@link MemoryMaps#layouts()}</td></tr>
 * </table>
 */
public abstract class FrameAllocatorContract {
    /** @return a new, uninitialised allocator; the kit calls {@code init} itself */
    protected abstract FrameAllocator newAllocator();

    /**
     * Policy rules that must hold between any two steps. Throw an {@link AssertionError} to fail. The
     * default checks nothing beyond the contract.
     *
     * @param allocator the allocator under test
     */
    protected void checkPolicyAfterEachStep(FrameAllocator allocator) {
    }

    /**
     * Policy rules that must hold once every frame handed out has been freed. Throw an {@link
     * AssertionError} to fail. The default checks nothing beyond the contract.
     *
     * @param allocator the allocator under test, with nothing owned
     * @param fresh     a new allocator of the same kind, just initialised with the same map
     */
    protected void checkPolicyAfterFreeingEverything(FrameAllocator allocator, FrameAllocator fresh) {
    }

    /**
     * @return whether the allocator must manage every frame the map allows; false for one that may
     *         use fewer (never more); default true
     */
    protected boolean managesEveryUsableFrame() {
        return true;
    }

    /** @return the maps the properties run on, by default {@link MemoryMaps#layouts()}; override to narrow or widen them */
    @Provide
    protected Arbitrary<MapLayout> layouts() {
        return MemoryMaps.layouts();
    }

    /** @return chains of allocator steps on a random map */
    @Provide
    Arbitrary<ActionChain<TrackedAllocator>> allocatorChains() {
        return layouts().flatMap(layout -> ActionChain.startWith(() -> track(layout))
                .withAction(6, Action.just(Transformer.mutate("allocate", TrackedAllocator::allocate)))
                .withAction(4, new FreeOwned())
                .withAction(1, new FreeAgain())
                .withAction(1, new FreeUnaligned())
                .withAction(2, new FreeUnowned())
                .withAction(1, Action.just(Transformer.mutate("allocate everything", TrackedAllocator::allocateEverything)))
                .withAction(1, Action.just(Transformer.mutate("free everything", this::freeEverything)))
                .withMaxTransformations(60));
    }

    /**
     * Random allocate and free steps keep every rule of the contract, and freeing whatever is still
     * owned at the end satisfies the policy's rules for an empty allocator.
     */
    @Property(tries = 150)
    void randomStepsKeepTheContract(@ForAll("allocatorChains") ActionChain<TrackedAllocator> chain) {
        TrackedAllocator tracked = chain.run();
        freeEverything(tracked);
    }

    /** Every usable frame is handed out once, then OUT_OF_MEMORY, and everything comes back in any order. */
    @Property(tries = 60)
    void handsOutEveryUsableFrameThenRunsOut(@ForAll("layouts") MapLayout layout, @ForAll Random random) {
        TrackedAllocator tracked = track(layout);
        if (managesEveryUsableFrame()) {
            TrackedAllocator.check(tracked.initialFree() == tracked.usableCount(), "manages "
                    + tracked.initialFree() + " frames but the map has " + tracked.usableCount() + " usable ones");
        }
        tracked.allocateEverything();
        TrackedAllocator.check(tracked.ownedCount() == tracked.initialFree(), "ran out after "
                + tracked.ownedCount() + " of " + tracked.initialFree() + " frames");
        while (tracked.ownedCount() > 0) {
            tracked.freeOwned(random.nextInt(tracked.ownedCount()));
        }
        freeEverything(tracked);
    }

    /** Nothing but owned frames can be freed: every non-usable frame of the map is refused. */
    @Property(tries = 40)
    void refusesToFreeAnyFrameItDoesNotManage(@ForAll("layouts") MapLayout layout) {
        TrackedAllocator tracked = track(layout);
        for (long frame = 0; frame < layout.top() + MapLayout.FRAME; frame += 16 * MapLayout.FRAME) {
            if (!layout.isUsableFrame(frame)) {
                tracked.freeUnowned(frame, "outside usable RAM");
            }
        }
        tracked.freeUnowned(MemoryMaps.KERNEL_IMAGE_BASE, "the kernel image");
        tracked.freeUnowned(0, "the first frame of memory");
    }

    /**
     * Starts tracking a new allocator on a layout, with this contract's policy check.
     *
     * @param layout the memory map
     * @return the tracked allocator, initialised
     */
    protected final TrackedAllocator track(MapLayout layout) {
        return new TrackedAllocator(newAllocator(), layout, this::checkPolicyAfterEachStep);
    }

    /**
     * Frees everything still owned and runs {@link #checkPolicyAfterFreeingEverything}.
     *
     * @param tracked the tracked allocator
     */
    protected final void freeEverything(TrackedAllocator tracked) {
        tracked.freeEverything();
        FrameAllocator fresh = newAllocator();
        fresh.init(tracked.layout().toMemoryMap());
        checkPolicyAfterFreeingEverything(tracked.allocator(), fresh);
    }

    private static final class FreeOwned implements Action.Dependent<TrackedAllocator> {
        @Override
        public boolean precondition(TrackedAllocator state) {
            return state.ownedCount() > 0;
        }

        @Override
        public Arbitrary<Transformer<TrackedAllocator>> transformer(TrackedAllocator state) {
            return Arbitraries.integers().between(0, state.ownedCount() - 1)
                    .map(pick -> Transformer.mutate("free owned #" + pick, s -> s.freeOwned(pick)));
        }
    }

    private static final class FreeAgain implements Action.Independent<TrackedAllocator> {
        @Override
        public Arbitrary<Transformer<TrackedAllocator>> transformer() {
            return Arbitraries.just(Transformer.mutate("double free", TrackedAllocator::freeAgain));
        }
    }

    private static final class FreeUnaligned implements Action.Independent<TrackedAllocator> {
        @Override
        public Arbitrary<Transformer<TrackedAllocator>> transformer() {
            return Combinators.combine(Arbitraries.integers(), Arbitraries.integers())
                    .as((pick, offset) -> Transformer.mutate("unaligned free", s -> s.freeUnaligned(pick, offset)));
        }
    }

    /** Frees a frame-aligned address anywhere in or just beyond the map, or in a reserved range. */
    private static final class FreeUnowned implements Action.Dependent<TrackedAllocator> {
        @Override
        public Arbitrary<Transformer<TrackedAllocator>> transformer(TrackedAllocator state) {
            MapLayout layout = state.layout();
            List<Long> reservedFrames = new ArrayList<>();
            layout.reserved().forEach(r -> reservedFrames.add(r.base() / MapLayout.FRAME * MapLayout.FRAME));
            Arbitrary<Long> anywhere = Arbitraries.longs().between(0, layout.top() / MapLayout.FRAME + 16)
                    .map(frame -> frame * MapLayout.FRAME);
            return Arbitraries.oneOf(anywhere, Arbitraries.of(reservedFrames))
                    .map(address -> Transformer.mutate("free unowned " + TrackedAllocator.hex(address),
                            s -> s.freeUnowned(address, "not owned by the caller")));
        }
    }
}
