package dev.moka.kernel.core.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.StackSpace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Model-based property of {@link KernelStacks} over a stack space and a frame pool of their own:
 * random chains of allocations and frees, with the pool or the space running out and page mappings
 * that fail. Every live stack has its pages mapped to frames of its own and its guard unmapped,
 * stacks never share a slot, a failed allocation leaves nothing taken, and every frame comes back.
 */
class KernelStacksModelPropertyTest {
    private static final long START = 0x40_0000_0000L;
    private static final long SLOT = KernelStacks.SLOT_PAGES * KernelStacks.PAGE;

    sealed interface Action permits Allocate, Free, FailNextMap {
    }

    record Allocate() implements Action {
    }

    record Free(int pick) implements Action {
    }

    /** The space's next {@code map} fails after {@code after} more successes (a page table could not be had). */
    record FailNextMap(int after) implements Action {
    }

    /** A space of {@code slots} slots whose pages are a map from page to frame. */
    static final class MapSpace implements StackSpace {
        final Map<Long, Long> pages = new HashMap<>();
        final long end;
        int failAfter = -1;

        MapSpace(int slots) {
            end = START + slots * SLOT;
        }

        @Override
        public long start() {
            return START;
        }

        @Override
        public long end() {
            return end;
        }

        @Override
        public boolean map(long virtual, long frame) {
            if (failAfter == 0) {
                failAfter = -1;
                return false;
            }
            if (failAfter > 0) {
                failAfter--;
            }
            assertTrue(virtual >= START && virtual < end && virtual % KernelStacks.PAGE == 0, Long.toHexString(virtual));
            return pages.putIfAbsent(virtual, frame) == null;
        }

        @Override
        public long unmap(long virtual) {
            Long frame = pages.remove(virtual);
            return frame == null ? NOT_MAPPED : frame;
        }
    }

    /** A pool of frames that checks every free. */
    static final class Pool implements FrameAllocator {
        final ArrayDeque<Long> free = new ArrayDeque<>();
        final Set<Long> taken = new HashSet<>();
        final int total;

        Pool(int frames) {
            total = frames;
            for (int i = 0; i < frames; i++) {
                free.add(0x100000L + i * 4096L);
            }
        }

        @Override
        public String name() {
            return "pool";
        }

        @Override
        public void init(MemoryMap map) {
        }

        @Override
        public long allocate() {
            Long frame = free.poll();
            if (frame == null) {
                return OUT_OF_MEMORY;
            }
            taken.add(frame);
            return frame;
        }

        @Override
        public boolean free(long address) {
            assertTrue(taken.remove(address), "freed a frame not taken: " + Long.toHexString(address));
            free.push(address);
            return true;
        }

        @Override
        public long freeFrames() {
            return free.size();
        }

        @Override
        public long totalFrames() {
            return total;
        }
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(new Allocate())),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 100).map(Free::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 6).map(FailNextMap::new)));
        return action.list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 300)
    void stacksAreMappedGuardedDisjointAndGiveEveryFrameBack(@ForAll("actions") List<Action> actions,
            @ForAll("slots") int slots, @ForAll("frames") int frames) {
        MapSpace space = new MapSpace(slots);
        Pool pool = new Pool(frames);
        KernelStacks stacks = new KernelStacks(space, pool);
        List<Long> live = new ArrayList<>();
        int peak = 0;
        for (Action action : actions) {
            switch (action) {
                case Allocate a -> {
                    boolean failing = space.failAfter >= 0 && space.failAfter < KernelStacks.STACK_PAGES;
                    boolean room = live.size() < slots && pool.freeFrames() >= KernelStacks.STACK_PAGES;
                    // A failed attempt holds a slot for a moment too.
                    peak = Math.max(peak, Math.min(live.size() + 1, slots));
                    long low = stacks.allocate();
                    if (low == KernelStacks.NONE) {
                        assertTrue(failing || !room, "no stack with " + live.size() + " of " + slots
                                + " slots and " + pool.freeFrames() + " frames");
                    } else {
                        assertTrue(room);
                        live.add(low);
                    }
                }
                case Free f -> {
                    if (!live.isEmpty()) {
                        stacks.free(live.remove(f.pick() % live.size()));
                    }
                }
                case FailNextMap n -> space.failAfter = n.after();
            }
            check(space, pool, stacks, live);
            assertTrue(stacks.slotsUsed() <= peak, "slots used " + stacks.slotsUsed() + ", peak " + peak);
        }
        for (long low : live) {
            stacks.free(low);
        }
        assertTrue(space.pages.isEmpty(), "pages still mapped: " + space.pages.keySet());
        assertEquals(frames, pool.freeFrames());
        assertEquals(0, stacks.live());
    }

    @Provide
    Arbitrary<Integer> slots() {
        return Arbitraries.integers().between(1, 12);
    }

    @Provide
    Arbitrary<Integer> frames() {
        return Arbitraries.integers().between(0, 40);
    }

    private static void check(MapSpace space, Pool pool, KernelStacks stacks, List<Long> live) {
        assertEquals(live.size(), stacks.live());
        assertEquals(live.size() * KernelStacks.STACK_PAGES, space.pages.size(), "mapped pages");
        assertEquals(live.size() * KernelStacks.STACK_PAGES, pool.taken.size(), "frames taken");
        Set<Long> slotsInUse = new HashSet<>();
        for (long low : live) {
            assertTrue(slotsInUse.add((low - START) / SLOT), "two stacks in one slot");
            assertEquals(KernelStacks.GUARD_PAGES * KernelStacks.PAGE, (low - START) % SLOT, "stack not on top of its slot");
            for (int page = 0; page < KernelStacks.STACK_PAGES; page++) {
                assertTrue(space.pages.containsKey(low + page * KernelStacks.PAGE));
            }
            for (int page = 1; page <= KernelStacks.GUARD_PAGES; page++) {
                assertFalse(space.pages.containsKey(low - page * KernelStacks.PAGE), "guard page mapped");
            }
            assertTrue(KernelStacks.inSlot(low, low - KernelStacks.GUARD_PAGES * KernelStacks.PAGE));
            assertTrue(KernelStacks.inSlot(low, KernelStacks.top(low) - 1));
            assertFalse(KernelStacks.inSlot(low, KernelStacks.top(low)));
            assertFalse(KernelStacks.inSlot(low, low - KernelStacks.GUARD_PAGES * KernelStacks.PAGE - 1));
        }
        assertEquals(new HashSet<>(space.pages.values()).size(), space.pages.size(), "a frame mapped twice");
    }

    /** Creating and ending many more threads than fit at once keeps using the same slot and frames. */
    @Test
    void aStackFreedIsTheNextOneHandedOut() {
        MapSpace space = new MapSpace(2);
        Pool pool = new Pool(KernelStacks.STACK_PAGES);
        KernelStacks stacks = new KernelStacks(space, pool);
        long first = stacks.allocate();
        assertNotEquals(KernelStacks.NONE, first);
        for (int i = 0; i < 1000; i++) {
            stacks.free(first);
            assertEquals(first, stacks.allocate());
        }
        assertEquals(1, stacks.slotsUsed());
    }
}
