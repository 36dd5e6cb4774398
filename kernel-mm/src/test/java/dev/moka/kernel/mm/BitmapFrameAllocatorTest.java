package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BitmapFrameAllocatorTest {
    private static final long MIB = 1L << 20;
    private static final long FRAME = FrameAllocator.FRAME_SIZE;

    /** A PC-like map: low memory, 1 MiB up to 8 MiB, kernel image at 1-2 MiB reserved. */
    private static MemoryMap pcMap() {
        MemoryMap map = new MemoryMap(16);
        map.addRegion(0, 0x9FC00, MemoryMap.AVAILABLE);
        map.addRegion(0x9FC00, 0x400, MemoryMap.RESERVED);
        map.addRegion(MIB, 7 * MIB, MemoryMap.AVAILABLE);
        map.reserve(0, MIB);
        map.reserve(MIB, MIB);
        return map;
    }

    @Test
    void managesOnlyUsableFramesAboveTheFirstMib() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        assertEquals("bitmap", frames.name());
        assertEquals(6 * MIB / FRAME, frames.totalFrames());
        assertEquals(frames.totalFrames(), frames.freeFrames());
        long first = frames.allocate();
        assertEquals(2 * MIB, first, "first free frame after the reserved kernel image");
    }

    @Test
    void neverHandsOutLowMemoryEvenWhenTheMapDoesNotReserveIt() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 2 * MIB, MemoryMap.AVAILABLE);
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(map);
        assertEquals(MIB / FRAME, frames.totalFrames());
        assertEquals(MIB, frames.allocate());
        assertFalse(frames.free(0));
    }

    @Test
    void dropsPartialFramesAndFramesTouchingReservations() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(MIB + 100, 4 * FRAME, MemoryMap.AVAILABLE);
        map.reserve(MIB + 3 * FRAME + 5, 1);
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(map);
        // Whole frames 1..3 of the region's span; frame 3 holds a reserved byte.
        assertEquals(2, frames.totalFrames());
        assertEquals(MIB + FRAME, frames.allocate());
        assertEquals(MIB + 2 * FRAME, frames.allocate());
        assertEquals(FrameAllocator.OUT_OF_MEMORY, frames.allocate());
    }

    @Test
    void aReservedRegionOverlappingAnAvailableOneWins() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(MIB, MIB, MemoryMap.AVAILABLE);
        map.addRegion(MIB, FRAME, 3);
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(map);
        assertEquals(MIB / FRAME - 1, frames.totalFrames());
        assertEquals(MIB + FRAME, frames.allocate());
    }

    @Test
    void freeRefusesWhatItDidNotHandOut() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        long frame = frames.allocate();
        long free = frames.freeFrames();
        assertFalse(frames.free(frame + 1), "unaligned");
        assertFalse(frames.free(64 * MIB), "beyond memory");
        assertFalse(frames.free(-FRAME), "negative");
        assertFalse(frames.free(MIB), "reserved kernel image");
        assertFalse(frames.free(frame + FRAME), "never allocated");
        assertEquals(free, frames.freeFrames());
        assertTrue(frames.free(frame));
        assertFalse(frames.free(frame), "double free");
        assertEquals(free + 1, frames.freeFrames());
    }

    @Test
    void allocatesNextFitAndRunsOutCleanly() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        long first = frames.allocate();
        long second = frames.allocate();
        assertEquals(first + FRAME, second, "the cursor walks forward");
        Set<Long> taken = new HashSet<>(Set.of(first, second));
        for (long frame = frames.allocate(); frame != FrameAllocator.OUT_OF_MEMORY; frame = frames.allocate()) {
            assertTrue(taken.add(frame));
        }
        assertEquals(frames.totalFrames(), taken.size());
        assertEquals(0, frames.freeFrames());
        assertEquals(FrameAllocator.OUT_OF_MEMORY, frames.allocate());
    }

    @Test
    void framesFreedLastComeBackFirst() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        long first = frames.allocate();
        long second = frames.allocate();
        long third = frames.allocate();
        assertTrue(frames.free(first));
        assertTrue(frames.free(third));
        assertEquals(third, frames.allocate(), "newest freed first");
        assertEquals(first, frames.allocate());
        assertEquals(third + FRAME, frames.allocate(), "then the cursor goes on");
        assertTrue(frames.free(second));
        assertEquals(second, frames.allocate());
    }

    @Test
    void moreFreedFramesThanItRemembersAreFoundBySearching() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        int count = BitmapFrameAllocator.RECENT * 3;
        long[] allocated = new long[count];
        for (int i = 0; i < count; i++) {
            allocated[i] = frames.allocate();
        }
        long free = frames.freeFrames();
        for (long frame : allocated) {
            assertTrue(frames.free(frame));
        }
        Set<Long> again = new HashSet<>();
        for (long frame = frames.allocate(); frame != FrameAllocator.OUT_OF_MEMORY; frame = frames.allocate()) {
            assertTrue(again.add(frame), "handed out twice: " + frame);
        }
        assertEquals(free + count, again.size());
        for (long frame : allocated) {
            assertTrue(again.contains(frame));
        }
    }

    @Test
    void anEmptyMapHasNoFrames() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(new MemoryMap(1));
        assertEquals(0, frames.totalFrames());
        assertEquals(FrameAllocator.OUT_OF_MEMORY, frames.allocate());
        assertFalse(frames.free(MIB));
    }

    @Test
    void ignoresMemoryAboveTheManagedLimit() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(MIB, MIB, MemoryMap.AVAILABLE);
        map.addRegion(BitmapFrameAllocator.MAX_MANAGED_ADDRESS, 1L << 40, MemoryMap.AVAILABLE);
        map.addRegion(Long.MIN_VALUE, MIB, MemoryMap.AVAILABLE);
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(map);
        assertEquals(MIB / FRAME, frames.totalFrames());
    }

    @Test
    void initStartsOver() {
        BitmapFrameAllocator frames = new BitmapFrameAllocator();
        frames.init(pcMap());
        frames.allocate();
        frames.init(pcMap());
        assertEquals(frames.totalFrames(), frames.freeFrames());
    }

    @Test
    void isAServiceProvider() {
        Set<String> names = new HashSet<>();
        ServiceLoader.load(FrameAllocator.class).forEach(allocator -> names.add(allocator.name()));
        assertEquals(Set.of("bitmap", "buddy"), names);
    }
}
