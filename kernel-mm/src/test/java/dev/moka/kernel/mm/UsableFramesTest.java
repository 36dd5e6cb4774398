package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The usable runs, against the rule stated frame by frame. */
class UsableFramesTest {
    private static final long MIB = 1L << 20;
    private static final long FRAME = FrameAllocator.FRAME_SIZE;

    @Test
    void adjacentAndOverlappingAvailableRegionsFormOneRun() {
        MemoryMap map = new MemoryMap(8);
        map.addRegion(2 * MIB, 2 * MIB, MemoryMap.AVAILABLE);
        map.addRegion(4 * MIB, 2 * MIB, MemoryMap.AVAILABLE);
        map.addRegion(5 * MIB, 3 * MIB, MemoryMap.AVAILABLE);
        FrameRuns runs = UsableFrames.of(map);
        assertEquals(1, runs.count());
        assertEquals(2 * MIB / FRAME, runs.start(0));
        assertEquals(8 * MIB / FRAME, runs.end(0));
        assertEquals(runs.end(0), runs.limit());
        assertEquals(6 * MIB / FRAME, runs.frames());
    }

    @Test
    void exclusionsSplitRunsAndPartialFramesAreLeftOut() {
        MemoryMap map = new MemoryMap(8);
        map.addRegion(0, 0x9FC00, MemoryMap.AVAILABLE);
        map.addRegion(MIB + 100, 8 * MIB, MemoryMap.AVAILABLE);
        map.addRegion(3 * MIB, MIB, MemoryMap.RESERVED);
        map.reserve(6 * MIB + 5, 1);
        FrameRuns runs = UsableFrames.of(map);
        assertEquals(3, runs.count());
        assertEquals(MIB / FRAME + 1, runs.start(0));
        assertEquals(3 * MIB / FRAME, runs.end(0));
        assertEquals(4 * MIB / FRAME, runs.start(1));
        assertEquals(6 * MIB / FRAME, runs.end(1));
        assertEquals(6 * MIB / FRAME + 1, runs.start(2));
        assertEquals(9 * MIB / FRAME, runs.end(2), "the partial frame at the top is left out");
    }

    @Test
    void runsHoldExactlyTheFramesTheRuleAllows() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            MemoryMap map = randomMap(random);
            FrameRuns runs = UsableFrames.of(map);
            int limit = 40 * (int) (MIB / FRAME);
            boolean[] inRuns = new boolean[limit];
            for (int i = 0; i < runs.count(); i++) {
                assertTrue(runs.start(i) < runs.end(i), "empty run");
                assertTrue(i == 0 || runs.end(i - 1) < runs.start(i), "runs sorted, disjoint, not adjacent");
                for (int frame = runs.start(i); frame < runs.end(i); frame++) {
                    inRuns[frame] = true;
                }
            }
            long total = 0;
            for (int frame = 0; frame < limit; frame++) {
                assertEquals(usableByRule(map, frame * FRAME), inRuns[frame], "frame " + frame + " in round " + round);
                total += inRuns[frame] ? 1 : 0;
            }
            assertEquals(total, runs.frames());
        }
    }

    private static MemoryMap randomMap(Random random) {
        MemoryMap map = new MemoryMap(16);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            map.addRegion(random.nextInt(32 * (int) MIB), random.nextInt(8 * (int) MIB),
                    random.nextInt(3) == 0 ? MemoryMap.RESERVED : MemoryMap.AVAILABLE);
        }
        for (int i = 0; i < random.nextInt(6); i++) {
            map.reserve(random.nextInt(36 * (int) MIB), random.nextInt(64 * (int) FRAME));
        }
        return map;
    }

    /** The rule, one frame at a time. */
    private static boolean usableByRule(MemoryMap map, long frame) {
        if (frame < UsableFrames.FIRST_ALLOCATABLE_ADDRESS) {
            return false;
        }
        boolean available = false;
        for (int i = 0; i < map.regionCount(); i++) {
            long base = map.regionBase(i);
            long end = base + map.regionLength(i);
            boolean overlaps = base < frame + FRAME && end > frame;
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                available |= base <= frame && end >= frame + FRAME;
            } else if (overlaps) {
                return false;
            }
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            long base = map.reservedBase(i);
            if (map.reservedLength(i) > 0 && base < frame + FRAME && base + map.reservedLength(i) > frame) {
                return false;
            }
        }
        return available;
    }
}
