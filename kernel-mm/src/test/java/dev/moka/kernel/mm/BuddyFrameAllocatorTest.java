package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import org.junit.jupiter.api.Test;

class BuddyFrameAllocatorTest {
    private static final long MIB = 1L << 20;
    private static final long FRAME = FrameAllocator.FRAME_SIZE;
    private static final long MAX_BLOCK = FRAME << BuddyFrameAllocator.MAX_ORDER;

    private static BuddyFrameAllocator buddyOver(long base, long length) {
        MemoryMap map = new MemoryMap(2);
        map.addRegion(base, length, MemoryMap.AVAILABLE);
        BuddyFrameAllocator buddy = new BuddyFrameAllocator();
        buddy.init(map);
        return buddy;
    }

    private static long[] blocks(BuddyFrameAllocator buddy, int order) {
        long[] addresses = new long[buddy.freeBlockFrames(order, new long[0])];
        buddy.freeBlockFrames(order, addresses);
        return addresses;
    }

    @Test
    void coversAnAlignedRegionWithTopOrderBlocks() {
        BuddyFrameAllocator buddy = buddyOver(4 * MIB, 8 * MIB);
        assertEquals("buddy", buddy.name());
        assertEquals(8 * MIB / FRAME, buddy.totalFrames());
        assertEquals(2, blocks(buddy, BuddyFrameAllocator.MAX_ORDER).length);
        assertEquals(BuddyFrameAllocator.MAX_ORDER, buddy.largestFreeOrder());
    }

    @Test
    void coversAnOddRegionWithTheLargestAlignedBlocksThatFit() {
        // Frames 0x101..0x4ff: orders rise 0, 1, ... 7 up to the 2 MiB boundary, then one order-9
        // block from 2 MiB to 4 MiB and one order-8 block from 4 MiB to 5 MiB.
        BuddyFrameAllocator buddy = buddyOver(MIB + FRAME, 4 * MIB - FRAME);
        assertEquals(4 * MIB / FRAME - 1, buddy.totalFrames());
        assertArrayEquals(new long[] {MIB + FRAME}, blocks(buddy, 0));
        assertArrayEquals(new long[] {MIB + 2 * FRAME}, blocks(buddy, 1));
        assertArrayEquals(new long[] {MIB + MIB / 2}, blocks(buddy, 7));
        assertArrayEquals(new long[] {4 * MIB}, blocks(buddy, 8));
        assertArrayEquals(new long[] {2 * MIB}, blocks(buddy, 9));
        assertEquals(0, blocks(buddy, BuddyFrameAllocator.MAX_ORDER).length);
    }

    @Test
    void neverHandsOutTheFirstMibOrReservedRanges() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 4 * MIB, MemoryMap.AVAILABLE);
        map.reserve(2 * MIB, MIB);
        BuddyFrameAllocator buddy = new BuddyFrameAllocator();
        buddy.init(map);
        assertEquals(2 * MIB / FRAME, buddy.totalFrames());
        for (long frame = buddy.allocate(); frame != FrameAllocator.OUT_OF_MEMORY; frame = buddy.allocate()) {
            assertTrue(frame >= MIB && (frame < 2 * MIB || frame >= 3 * MIB), "0x" + Long.toHexString(frame));
        }
        assertEquals(0, buddy.freeFrames());
    }

    @Test
    void splitsOnAllocateAndCoalescesOnFree() {
        BuddyFrameAllocator buddy = buddyOver(4 * MIB, MAX_BLOCK);
        long first = buddy.allocate();
        assertEquals(4 * MIB, first);
        for (int order = 0; order < BuddyFrameAllocator.MAX_ORDER; order++) {
            assertEquals(1, blocks(buddy, order).length, "one upper half left over at order " + order);
        }
        assertEquals(0, blocks(buddy, BuddyFrameAllocator.MAX_ORDER).length);
        long second = buddy.allocate();
        assertEquals(first + FRAME, second, "the buddy of the first frame is handed out next");
        assertTrue(buddy.free(first));
        assertEquals(BuddyFrameAllocator.MAX_ORDER - 1, buddy.largestFreeOrder());
        assertTrue(buddy.free(second));
        assertEquals(BuddyFrameAllocator.MAX_ORDER, buddy.largestFreeOrder());
        assertEquals(1, blocks(buddy, BuddyFrameAllocator.MAX_ORDER).length);
        assertEquals(0, blocks(buddy, 0).length);
    }

    @Test
    void allocatesAndFreesAlignedContiguousBlocks() {
        BuddyFrameAllocator buddy = buddyOver(4 * MIB, 2 * MAX_BLOCK);
        long block = buddy.allocateOrder(3);
        assertEquals(0, block % (8 * FRAME), "aligned to its size");
        assertEquals(2 * MAX_BLOCK / FRAME - 8, buddy.freeFrames());
        long whole = buddy.allocateOrder(BuddyFrameAllocator.MAX_ORDER);
        assertTrue(whole != FrameAllocator.OUT_OF_MEMORY);
        assertEquals(FrameAllocator.OUT_OF_MEMORY, buddy.allocateOrder(BuddyFrameAllocator.MAX_ORDER));
        assertFalse(buddy.freeOrder(block, 2), "wrong order");
        assertFalse(buddy.free(block), "free() is for single frames");
        assertTrue(buddy.freeOrder(block, 3));
        assertTrue(buddy.freeOrder(whole, BuddyFrameAllocator.MAX_ORDER));
        assertEquals(2, blocks(buddy, BuddyFrameAllocator.MAX_ORDER).length);
        assertEquals(FrameAllocator.OUT_OF_MEMORY, buddy.allocateOrder(BuddyFrameAllocator.MAX_ORDER + 1));
        assertEquals(FrameAllocator.OUT_OF_MEMORY, buddy.allocateOrder(-1));
    }

    @Test
    void freeRefusesWhatItDidNotHandOut() {
        BuddyFrameAllocator buddy = buddyOver(4 * MIB, 4 * MIB);
        long frame = buddy.allocate();
        long free = buddy.freeFrames();
        assertFalse(buddy.free(frame + 1), "unaligned");
        assertFalse(buddy.free(64 * MIB), "beyond memory");
        assertFalse(buddy.free(-FRAME), "negative");
        assertFalse(buddy.free(0), "first MiB");
        assertFalse(buddy.free(frame + FRAME), "free, never allocated");
        assertFalse(buddy.freeOrder(frame, BuddyFrameAllocator.MAX_ORDER + 1), "order out of range");
        assertEquals(free, buddy.freeFrames());
        assertTrue(buddy.free(frame));
        assertFalse(buddy.free(frame), "double free");
        assertEquals(free + 1, buddy.freeFrames());
    }

    @Test
    void anEmptyMapHasNoFrames() {
        BuddyFrameAllocator buddy = new BuddyFrameAllocator();
        buddy.init(new MemoryMap(1));
        assertEquals(0, buddy.totalFrames());
        assertEquals(-1, buddy.largestFreeOrder());
        assertEquals(FrameAllocator.OUT_OF_MEMORY, buddy.allocate());
        assertFalse(buddy.free(MIB));
        assertEquals(BuddyFrameAllocator.NO_SUCH_ORDER, buddy.freeBlockFrames(11, new long[0]));
    }

    @Test
    void initStartsOver() {
        MemoryMap map = new MemoryMap(1);
        map.addRegion(4 * MIB, 4 * MIB, MemoryMap.AVAILABLE);
        BuddyFrameAllocator buddy = new BuddyFrameAllocator();
        buddy.init(map);
        long frame = buddy.allocate();
        buddy.init(map);
        assertEquals(buddy.totalFrames(), buddy.freeFrames());
        assertFalse(buddy.free(frame), "frames of the old state are not owned any more");
    }
}
