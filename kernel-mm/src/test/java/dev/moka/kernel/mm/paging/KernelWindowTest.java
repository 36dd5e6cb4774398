package dev.moka.kernel.mm.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AddressSpace#kernelWindow}: pages of a range of the shared kernel half, mapped in the
 * kernel's own tables, as kernel-thread stacks are ({@link WindowStackSpace}). The tables are of
 * x86_64's shape but {@link MadeUpFormat#fourLevel()}'s bits, so every entry must come from the format.
 */
class KernelWindowTest {
    private static final PageTableFormat FORMAT = MadeUpFormat.fourLevel();
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    /** Entry 256 of the table below root slot 0, beside the identity map of the low 4 GiB. */
    private static final long START = 256L << 30;
    private static final long END = START + (1L << 30);
    private static final long RW = PageFlags.WRITABLE | PageFlags.NO_EXECUTE;
    private static final long TABLE = PageFlags.PRESENT | PageFlags.WRITABLE;
    private static final long ROOT = 0x10000;
    private static final long PDPT = 0x11000;

    private final ArrayPhysicalMemory memory = new ArrayPhysicalMemory();
    private FrameAllocator frames;

    @BeforeEach
    void setUp() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 16 * MIB, MemoryMap.AVAILABLE);
        map.reserve(0, 2 * MIB);
        frames = new BitmapFrameAllocator();
        frames.init(map);
        long directories = 0x12000;
        memory.write64(ROOT, FORMAT.encode(PDPT, TABLE));
        for (int i = 0; i < 4; i++) {
            memory.write64(PDPT + 8L * i, FORMAT.encode(directories + PAGE * i, TABLE));
        }
        for (int i = 0; i < 2048; i++) {
            memory.write64(directories + 8L * i, FORMAT.encode(2 * MIB * i, TABLE | PageFlags.HUGE));
        }
        memory.activate(ROOT);
    }

    private AddressSpace window(long start, long end) {
        AddressSpace window = AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, start, end);
        assertNotNull(window);
        return window;
    }

    @Test
    void aPageMappedInTheWindowIsSeenBySpacesMadeBefore() {
        AddressSpace user = AddressSpace.create(FORMAT, memory, frames, ROOT);
        AddressSpace window = window(START, END);
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, window.map(START + 5 * PAGE, frame, RW));
        assertEquals(frame + 8, window.translate(START + 5 * PAGE + 8));
        assertEquals(frame + 8, user.translate(START + 5 * PAGE + 8));
        assertEquals(PageFlags.PRESENT | RW, user.flags(START + 5 * PAGE));
        assertEquals(AddressSpace.NOT_MAPPED, user.translate(START + 4 * PAGE));
        // A user space still may not touch the kernel half.
        assertEquals(AddressSpace.SHARED_RANGE, user.map(START + 6 * PAGE, frames.allocate(), RW));
    }

    @Test
    void refusesPagesOutsideItsRange() {
        AddressSpace window = window(START, END);
        long frame = frames.allocate();
        assertEquals(AddressSpace.SHARED_RANGE, window.map(START - PAGE, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, window.map(END, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, window.map(window.userStart(), frame, RW));
        assertEquals(AddressSpace.NOT_MAPPED, window.unmap(0x200000));
        assertEquals(0x200000 + 16, window.translate(0x200000 + 16), "the identity map is still there");
    }

    @Test
    void unmappingTheLastPageGivesBackItsTablesButKeepsTheSharedOne() {
        long free = frames.freeFrames();
        long pdptEntry = memory.read64(PDPT + 8 * 256);
        AddressSpace window = window(START, END);
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, window.map(START, frame, RW));
        assertEquals(free - 3, frames.freeFrames(), "the frame, a page directory and a page table");
        memory.invalidated.clear();
        assertEquals(frame, window.unmap(START));
        assertTrue(memory.invalidated.contains(START), "a kernel window's change is invalidated always");
        frames.free(frame);
        assertEquals(free, frames.freeFrames());
        assertEquals(pdptEntry, memory.read64(PDPT + 8 * 256));
        assertEquals(FORMAT.encode(PDPT, TABLE), memory.read64(ROOT), "root slot 0 untouched");
        assertEquals(-1, window.destroy());
    }

    @Test
    void leavesTheLargePagesOfItsRangeAlone() {
        // A window over the identity map: its 2 MiB pages are mapped already and are not the window's.
        AddressSpace window = window(2 * MIB, 8 * MIB);
        long directoryEntry = memory.read64(0x12000 + 8);
        long frame = frames.allocate();
        long free = frames.freeFrames();
        assertEquals(AddressSpace.ALREADY_MAPPED, window.map(2 * MIB, frame, RW));
        assertEquals(AddressSpace.NOT_MAPPED, window.unmap(2 * MIB));
        assertEquals(AddressSpace.NOT_PRESENT, window.protect(2 * MIB, RW));
        assertEquals(directoryEntry, memory.read64(0x12000 + 8), "the 2 MiB page is still mapped");
        assertEquals(free, frames.freeFrames(), "no table was made for it");
        assertEquals(2 * MIB + 24, window.translate(2 * MIB + 24));
    }

    @Test
    void needsARangeInsideOneSharedSlotWhoseTableExists() {
        long user = 1L << 39;
        assertNull(AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, user, user + PAGE));
        assertNull(AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, START, START));
        assertNull(AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, START + 1, END));
        assertNull(AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, START, user + PAGE));
        // Slot 256 has no table below it: a window there would not be seen by spaces made earlier.
        long high = 0xFFFF_8000_0000_0000L;
        assertNull(AddressSpace.kernelWindow(FORMAT, memory, frames, ROOT, high, high + PAGE));
    }

    @Test
    void aWindowStackSpaceMapsWritableNotExecutablePagesOnTheActiveTables() {
        StackSpace stacks = WindowStackSpace.create(FORMAT, memory, frames, START, END);
        assertNotNull(stacks);
        assertEquals(START, stacks.start());
        assertEquals(END, stacks.end());
        long frame = frames.allocate();
        assertTrue(stacks.map(START + PAGE, frame));
        assertFalse(stacks.map(START + PAGE, frames.allocate()), "mapped already");
        assertFalse(stacks.map(END, frames.allocate()), "outside the range");
        AddressSpace user = AddressSpace.create(FORMAT, memory, frames, ROOT);
        assertEquals(frame, user.translate(START + PAGE));
        assertEquals(PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.NO_EXECUTE, user.flags(START + PAGE));
        assertEquals(frame, stacks.unmap(START + PAGE));
        assertEquals(StackSpace.NOT_MAPPED, stacks.unmap(START + PAGE));
        assertEquals(AddressSpace.NOT_MAPPED, user.translate(START + PAGE));
        assertNull(WindowStackSpace.create(FORMAT, memory, frames, 0xFFFF_8000_0000_0000L, 0xFFFF_8000_0000_1000L));
    }
}
