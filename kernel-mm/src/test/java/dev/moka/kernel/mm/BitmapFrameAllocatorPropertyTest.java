package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the bitmap allocator on random memory maps, checked against a brute-force oracle
 * of which frames are usable.
 */
class BitmapFrameAllocatorPropertyTest {
    private static final long FRAME = FrameAllocator.FRAME_SIZE;
    private static final long SPAN = 24L << 20;

    record Range(long base, long length, int type) {
    }

    record Layout(List<Range> regions, List<Range> reserved) {
        MemoryMap toMap() {
            MemoryMap map = new MemoryMap(16);
            regions.forEach(r -> map.addRegion(r.base(), r.length(), r.type()));
            reserved.forEach(r -> map.reserve(r.base(), r.length()));
            return map;
        }

        /** The rule, stated directly: whole frame in available RAM, touching nothing else, above 1 MiB. */
        Set<Long> usableFrames() {
            Set<Long> usable = new HashSet<>();
            for (long frame = BitmapFrameAllocator.FIRST_ALLOCATABLE_ADDRESS; frame < SPAN * 2; frame += FRAME) {
                long start = frame;
                long end = frame + FRAME;
                boolean inRam = regions.stream().anyMatch(r -> r.type() == MemoryMap.AVAILABLE
                        && r.base() <= start && end <= r.base() + r.length());
                boolean touchesOther = regions.stream().anyMatch(r -> r.type() != MemoryMap.AVAILABLE
                        && overlaps(r, start, end))
                        || reserved.stream().anyMatch(r -> overlaps(r, start, end));
                if (inRam && !touchesOther) {
                    usable.add(frame);
                }
            }
            return usable;
        }

        private static boolean overlaps(Range r, long start, long end) {
            return r.base() < end && start < r.base() + r.length();
        }
    }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<Long> address = Arbitraries.oneOf(
                Arbitraries.longs().between(0, SPAN),
                Arbitraries.longs().between(0, SPAN / FRAME).map(frame -> frame * FRAME));
        Arbitrary<Long> length = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 4L << 20),
                Arbitraries.longs().between(1, 256).map(frames -> frames * FRAME));
        Arbitrary<Range> available = Combinators.combine(address, length).as((b, l) -> new Range(b, l, MemoryMap.AVAILABLE));
        Arbitrary<Range> other = Combinators.combine(address, length, Arbitraries.integers().between(2, 5)).as(Range::new);
        Arbitrary<List<Range>> regions = Combinators.combine(available.list().ofMinSize(1).ofMaxSize(5),
                other.list().ofMaxSize(3)).as((a, o) -> {
                    List<Range> all = new ArrayList<>(a);
                    all.addAll(o);
                    return all;
                });
        Arbitrary<List<Range>> reserved = Combinators.combine(address, Arbitraries.longs().between(1, 1L << 20))
                .as((b, l) -> new Range(b, l, 0)).list().ofMaxSize(4);
        return Combinators.combine(regions, reserved).as(Layout::new);
    }

    @Property(tries = 200)
    void handsOutEveryUsableFrameOnceAndNothingElse(@ForAll("layouts") Layout layout) {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(layout.toMap());
        Set<Long> expected = layout.usableFrames();
        assertEquals(expected.size(), frames.totalFrames());
        Set<Long> handedOut = new HashSet<>();
        for (long frame = frames.allocate(); frame != FrameAllocator.OUT_OF_MEMORY; frame = frames.allocate()) {
            String hex = "0x" + Long.toHexString(frame);
            assertTrue(expected.contains(frame), () -> "not usable: " + hex);
            assertTrue(handedOut.add(frame), () -> "handed out twice: " + hex);
        }
        assertEquals(expected, handedOut);
        assertEquals(0, frames.freeFrames());
        assertEquals(FrameAllocator.OUT_OF_MEMORY, frames.allocate());
    }

    @Property(tries = 200)
    void conservesFreeFramesAndRefusesBadFrees(@ForAll("layouts") Layout layout,
                                               @ForAll @Size(max = 300) List<@IntRange(min = -3, max = 5) Integer> steps) {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(layout.toMap());
        Set<Long> usable = layout.usableFrames();
        List<Long> held = new ArrayList<>();
        List<Long> returned = new ArrayList<>();
        for (int step : steps) {
            if (step >= 0) {
                long frame = frames.allocate();
                if (frame == FrameAllocator.OUT_OF_MEMORY) {
                    assertEquals(usable.size(), held.size(), "out of memory while frames are free");
                } else {
                    assertTrue(usable.contains(frame));
                    assertFalse(held.contains(frame), "handed out while held");
                    held.add(frame);
                    returned.remove(frame);
                }
            } else if (step == -1 && !held.isEmpty()) {
                long frame = held.remove(held.size() / 2);
                assertTrue(frames.free(frame));
                returned.add(frame);
            } else if (step == -2 && !returned.isEmpty()) {
                assertFalse(frames.free(returned.get(0)), "double free accepted");
            } else {
                long notHeld = BitmapFrameAllocator.FIRST_ALLOCATABLE_ADDRESS + (long) (-step) * 7919 * FRAME;
                if (!held.contains(notHeld)) {
                    assertFalse(frames.free(notHeld), "free of a frame not handed out");
                }
                assertFalse(frames.free(notHeld + 8), "unaligned free accepted");
            }
            assertEquals(usable.size() - held.size(), frames.freeFrames(), "free frames not conserved");
        }
    }
}
