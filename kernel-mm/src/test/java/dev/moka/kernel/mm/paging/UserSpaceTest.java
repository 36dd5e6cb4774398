package dev.moka.kernel.mm.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User spaces on x86_64's shape with {@link MadeUpFormat#fourLevel()}'s bits: pages are the space's,
 * zeroed when mapped, user-accessible, filled through their frames, and every frame comes back.
 */
class UserSpaceTest {
    private static final PageTableFormat FORMAT = MadeUpFormat.fourLevel();
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    /** The first user page on x86_64's shape: PML4 slot 1. */
    private static final long CODE = 0x80_0000_0000L;
    /** The last user page, under other tables at every level. */
    private static final long TOP = 0x7FFF_FFFF_F000L;
    private static final long GARBAGE = 0x5A5A_5A5A_5A5A_5A5AL;

    private final ArrayPhysicalMemory memory = new ArrayPhysicalMemory();
    private FrameAllocator frames;
    private long kernelRoot;

    @BeforeEach
    void setUp() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 8 * MIB, MemoryMap.AVAILABLE);
        map.reserve(0, 2 * MIB);
        frames = new BitmapFrameAllocator();
        frames.init(map);
        // Frames are handed out dirty, as after earlier use: a page must be zeroed by the space.
        for (long frame = 2 * MIB; frame < 8 * MIB; frame += 8) {
            memory.write64(frame, GARBAGE);
        }
        kernelRoot = 0x10000;
        memory.write64(kernelRoot, FORMAT.encode(0x11000, PageFlags.PRESENT | PageFlags.WRITABLE));
        memory.activate(kernelRoot);
    }

    private UserSpace newSpace() {
        UserSpace space = UserSpace.create(FORMAT, memory, frames, kernelRoot);
        assertNotNull(space);
        return space;
    }

    @Test
    void pagesAreUserAccessibleZeroedAndTheSpacesOwn() {
        UserSpace space = newSpace();
        assertEquals(CODE, space.start());
        assertEquals(1L << 47, space.end());
        assertEquals(AddressSpace.OK, space.allocate(CODE, 0));
        assertEquals(AddressSpace.OK, space.allocate(CODE + PAGE, PageFlags.WRITABLE | PageFlags.NO_EXECUTE));
        assertEquals(PageFlags.PRESENT | PageFlags.USER, space.flags(CODE));
        assertEquals(PageFlags.PRESENT | PageFlags.USER | PageFlags.WRITABLE | PageFlags.NO_EXECUTE,
                space.flags(CODE + PAGE + 8));
        long frame = translate(space, CODE);
        for (long offset = 0; offset < PAGE; offset += 8) {
            assertEquals(0, memory.read64(frame + offset), "offset " + offset);
        }
        assertEquals(AddressSpace.ALREADY_MAPPED, space.allocate(CODE, 0));
        assertEquals(AddressSpace.SHARED_RANGE, space.allocate(0x40_0000, 0));
    }

    @Test
    void aRunOfLentPagesCrossesPageTablesAndStopsAtAPageMappedAlready() {
        UserSpace space = newSpace();
        long lent = frames.allocate() & -(1L << 21); // any frames: lent pages are never written here
        // 600 pages from 8 pages below a 2 MiB boundary: three last-level tables.
        long start = CODE + (1L << 21) - 8 * PAGE;
        assertEquals(0, space.mapBorrowedRun(start, lent, 3, PageFlags.WRITABLE), "a lent frame is read-only");
        assertEquals(600, space.mapBorrowedRun(start, lent, 600, 0));
        for (long i = 0; i < 600; i++) {
            assertEquals(lent + i * PAGE, translate(space, start + i * PAGE), "page " + i);
            assertEquals(PageFlags.PRESENT | PageFlags.USER | PageFlags.BORROWED, space.flags(start + i * PAGE));
        }
        long later = start + 1000 * PAGE;
        assertEquals(AddressSpace.OK, space.allocate(later + 5 * PAGE, 0));
        assertEquals(5, space.mapBorrowedRun(later, lent, 10, 0), "stops at the page mapped already");
        assertEquals(AddressSpace.NOT_MAPPED, space.flags(later + 6 * PAGE), "nothing after it");
        long nearTheEnd = TOP - 2 * PAGE;
        assertEquals(3, space.mapBorrowedRun(nearTheEnd, lent, 5, 0), "up to the end of the user half");
        long free = frames.freeFrames();
        space.destroy();
        assertTrue(frames.freeFrames() > free, "tables and owned pages go back");
    }

    @Test
    void writesBytesAcrossPagesThroughTheFrames() {
        UserSpace space = newSpace();
        space.allocate(CODE, 0);
        space.allocate(CODE + PAGE, 0);
        byte[] code = {(byte) 0xB8, 0x14, 0, 0, 0, 0x0F, 0x05, (byte) 0xEB, (byte) 0xFE};
        assertEquals(AddressSpace.OK, space.write(CODE + PAGE - 4, code));
        for (int i = 0; i < code.length; i++) {
            assertEquals(code[i] & 0xFF, byteAt(translate(space, CODE + PAGE - 4 + i)), "byte " + i);
        }
        assertEquals(0, byteAt(translate(space, CODE + PAGE - 5)), "the byte before is untouched");
        assertEquals(AddressSpace.OK, space.write64(CODE + 8, GARBAGE));
        assertEquals(GARBAGE, memory.read64(translate(space, CODE + 8)));
    }

    @Test
    void refusesWritesOutsideItsMappedUserPages() {
        UserSpace space = newSpace();
        space.allocate(CODE, 0);
        assertEquals(AddressSpace.NOT_PRESENT, space.write(CODE + PAGE - 2, new byte[] {1, 2, 3}));
        assertEquals(0, byteAt(translate(space, CODE + PAGE - 2)), "nothing is written when a page is missing");
        assertEquals(AddressSpace.BAD_ADDRESS, space.write(0x40_0000, new byte[] {1}), "the kernel half");
        assertEquals(AddressSpace.BAD_ADDRESS, space.write((1L << 47) - 1, new byte[] {1, 2}), "past the user half");
        assertEquals(AddressSpace.BAD_ADDRESS, space.write64(CODE + 4, 1), "unaligned");
        assertEquals(AddressSpace.BAD_ADDRESS, space.write64(0x40_0000, 1), "the kernel half");
        assertEquals(AddressSpace.NOT_PRESENT, space.write64(CODE + PAGE, 1));
    }

    @Test
    void releasingAPageGivesBackItsFrameAndTheTablesItEmptied() {
        UserSpace space = newSpace();
        space.allocate(CODE, 0);
        long before = frames.freeFrames();
        assertEquals(AddressSpace.OK, space.allocate(TOP, PageFlags.WRITABLE));
        assertEquals(before - 4, frames.freeFrames(), "the page and its PDPT, directory and table");
        assertEquals(AddressSpace.OK, space.release(TOP));
        assertEquals(before, frames.freeFrames());
        assertEquals(AddressSpace.NOT_PRESENT, space.release(TOP));
        assertEquals(AddressSpace.NOT_MAPPED, space.flags(TOP));
    }

    @Test
    void destroyGivesBackEveryPageAndTable() {
        long before = frames.freeFrames();
        UserSpace space = newSpace();
        space.allocate(CODE, 0);
        space.allocate(CODE + PAGE, PageFlags.WRITABLE);
        space.allocate(TOP, PageFlags.WRITABLE);
        assertEquals(before - 10, frames.freeFrames(), "3 pages, 3 tables under each of 2 slots, the root");
        assertEquals(10, space.destroy());
        assertEquals(before, frames.freeFrames());
        assertEquals(0, space.root());
        assertEquals(-1, space.destroy());
    }

    @Test
    void borrowedPagesAreSharedCopiedOnWriteAndNeverGivenBack() {
        long lent = 0x1F_0000; // a frame below what the allocator manages: someone else's
        memory.write64(lent, GARBAGE);
        long before = frames.freeFrames();
        UserSpace first = newSpace();
        UserSpace second = newSpace();
        assertEquals(AddressSpace.BAD_FLAGS, first.mapBorrowed(CODE, lent, PageFlags.WRITABLE), "a lent frame is read-only");
        assertEquals(AddressSpace.OK, first.mapBorrowed(CODE, lent, 0));
        assertEquals(AddressSpace.OK, second.mapBorrowed(CODE, lent, PageFlags.NO_EXECUTE));
        assertEquals(PageFlags.PRESENT | PageFlags.USER | PageFlags.BORROWED, first.flags(CODE));
        assertEquals(lent, translate(first, CODE));
        assertEquals(lent, translate(second, CODE));

        assertEquals(AddressSpace.OK, first.copyOnWrite(CODE + 16, PageFlags.WRITABLE));
        long copy = translate(first, CODE);
        assertTrue(copy != lent, "the first space has a frame of its own");
        assertEquals(GARBAGE, memory.read64(copy), "holding what the lent frame held");
        assertEquals(PageFlags.PRESENT | PageFlags.USER | PageFlags.WRITABLE, first.flags(CODE));
        assertEquals(AddressSpace.NOT_PRESENT, first.copyOnWrite(CODE, PageFlags.WRITABLE), "once only");
        assertEquals(lent, translate(second, CODE), "the other space still borrows");

        assertEquals(AddressSpace.OK, second.release(CODE));
        second.destroy();
        first.destroy();
        assertEquals(before, frames.freeFrames(), "the copy came back; the lent frame was never taken");
        assertEquals(GARBAGE, memory.read64(lent), "and nobody wrote to it");
    }

    @Test
    void theActiveSpaceIsNotDestroyed() {
        UserSpace space = newSpace();
        space.allocate(CODE, 0);
        space.activate();
        assertEquals(-1, space.destroy());
        assertNotEquals(0, space.root());
        memory.activate(kernelRoot);
        assertEquals(5, space.destroy());
    }

    @Test
    void runningOutOfFramesKeepsNothing() {
        UserSpace space = newSpace();
        long taken = 0;
        while (frames.allocate() != FrameAllocator.OUT_OF_MEMORY) {
            taken++;
        }
        assertEquals(AddressSpace.OUT_OF_MEMORY, space.allocate(CODE, 0));
        assertEquals(0, frames.freeFrames());
        assertTrue(taken > 0);
    }

    @Test
    void aKernelThatMapsPagesInTheUserHalfIsRefused() {
        memory.write64(kernelRoot + 8, FORMAT.encode(0x12000, PageFlags.PRESENT | PageFlags.WRITABLE));
        long before = frames.freeFrames();
        assertThrows(IllegalStateException.class, () -> UserSpace.create(FORMAT, memory, frames, kernelRoot));
        assertEquals(before, frames.freeFrames(), "the root table is given back");
    }

    private long translate(UserSpace space, long virtual) {
        long root = space.root();
        long physical = new PageTableWalker(FORMAT, memory).translate(root, virtual);
        assertNotEquals(PageTableWalker.NO_ENTRY, physical);
        return physical;
    }

    private int byteAt(long physical) {
        long word = memory.read64(physical & -8L);
        return (int) (word >>> ((physical & 7) * 8)) & 0xFF;
    }
}
