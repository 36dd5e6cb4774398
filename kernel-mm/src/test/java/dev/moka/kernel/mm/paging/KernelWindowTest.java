package dev.moka.kernel.mm.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AddressSpace#kernelWindow}: pages of a range of the shared kernel half, mapped in the
 * kernel's own tables, as kernel-thread stacks are.
 */
class KernelWindowTest {
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    /** PDPT entry 256 of PML4 slot 0, beside the identity map of the low 4 GiB. */
    private static final long START = 256L << 30;
    private static final long END = START + (1L << 30);
    private static final long RW = PageFlags.WRITABLE | PageFlags.NO_EXECUTE;
    private static final long PML4 = 0x10000;
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
        memory.write64(PML4, PDPT | PageFlags.PRESENT | PageFlags.WRITABLE);
        for (int i = 0; i < 4; i++) {
            memory.write64(PDPT + 8L * i, directories + PAGE * i | PageFlags.PRESENT | PageFlags.WRITABLE);
        }
        for (int i = 0; i < 2048; i++) {
            memory.write64(directories + 8L * i, (2 * MIB * i) | PageFlags.HUGE | PageFlags.PRESENT | PageFlags.WRITABLE);
        }
        memory.activate(PML4);
    }

    private AddressSpace window() {
        AddressSpace window = AddressSpace.kernelWindow(memory, frames, PML4, START, END);
        assertNotNull(window);
        return window;
    }

    @Test
    void aPageMappedInTheWindowIsSeenBySpacesMadeBefore() {
        AddressSpace user = AddressSpace.create(memory, frames, PML4);
        AddressSpace window = window();
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, window.map(START + 5 * PAGE, frame, RW));
        assertEquals(frame + 8, window.translate(START + 5 * PAGE + 8));
        assertEquals(frame + 8, user.translate(START + 5 * PAGE + 8));
        assertEquals(AddressSpace.NOT_MAPPED, user.translate(START + 4 * PAGE));
        // A user space still may not touch the kernel half.
        assertEquals(AddressSpace.SHARED_RANGE, user.map(START + 6 * PAGE, frames.allocate(), RW));
    }

    @Test
    void refusesPagesOutsideItsRange() {
        AddressSpace window = window();
        long frame = frames.allocate();
        assertEquals(AddressSpace.SHARED_RANGE, window.map(START - PAGE, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, window.map(END, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, window.map(AddressSpace.USER_START, frame, RW));
        assertEquals(AddressSpace.NOT_MAPPED, window.unmap(0x200000));
        assertEquals(0x200000 + 16, window.translate(0x200000 + 16), "the identity map is still there");
    }

    @Test
    void unmappingTheLastPageGivesBackItsTablesButKeepsTheSharedOne() {
        long free = frames.freeFrames();
        long pdptEntry = memory.read64(PDPT + 8 * 256);
        AddressSpace window = window();
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, window.map(START, frame, RW));
        assertEquals(free - 3, frames.freeFrames(), "the frame, a page directory and a page table");
        memory.invalidated.clear();
        assertEquals(frame, window.unmap(START));
        assertTrue(memory.invalidated.contains(START), "a kernel window's change is invalidated always");
        frames.free(frame);
        assertEquals(free, frames.freeFrames());
        assertEquals(pdptEntry, memory.read64(PDPT + 8 * 256));
        assertEquals(PDPT | PageFlags.PRESENT | PageFlags.WRITABLE, memory.read64(PML4), "PML4 slot 0 untouched");
        assertEquals(-1, window.destroy());
    }

    @Test
    void needsARangeInsideOneSharedSlotWhoseTableExists() {
        assertNull(AddressSpace.kernelWindow(memory, frames, PML4, AddressSpace.USER_START, AddressSpace.USER_START + PAGE));
        assertNull(AddressSpace.kernelWindow(memory, frames, PML4, START, START));
        assertNull(AddressSpace.kernelWindow(memory, frames, PML4, START + 1, END));
        assertNull(AddressSpace.kernelWindow(memory, frames, PML4, START, AddressSpace.USER_START + PAGE));
        // Slot 256 has no table below it: a window there would not be seen by spaces made earlier.
        long high = 0xFFFF_8000_0000_0000L;
        assertNull(AddressSpace.kernelWindow(memory, frames, PML4, high, high + PAGE));
    }
}
