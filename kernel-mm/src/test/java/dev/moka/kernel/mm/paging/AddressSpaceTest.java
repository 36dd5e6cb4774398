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
import dev.moka.kernel.mm.BitmapFrameAllocator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Address spaces of x86_64's shape: 4 levels of 512 entries over 4 KiB pages, 48-bit virtual
 * addresses. The entries are {@link MadeUpFormat#fourLevel()}'s, whose bits are none of x86's, so
 * every expectation here holds only if the code takes its bits from the format.
 */
class AddressSpaceTest {
    private static final PageTableFormat FORMAT = MadeUpFormat.fourLevel();
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    private static final long USER = 0x0000_4000_0000_0000L;
    private static final long RW = PageFlags.WRITABLE;

    private final ArrayPhysicalMemory memory = new ArrayPhysicalMemory();
    private FrameAllocator frames;
    private long kernelRoot;

    @BeforeEach
    void setUp() {
        frames = allocator(16 * MIB);
        kernelRoot = identityMappedKernelRoot();
    }

    private static FrameAllocator allocator(long bytes) {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, bytes, MemoryMap.AVAILABLE);
        map.reserve(0, 2 * MIB);
        FrameAllocator allocator = new BitmapFrameAllocator();
        allocator.init(map);
        return allocator;
    }

    /** Builds in the first MiB what the x86_64 boot code builds: 4 GiB identity-mapped with 2 MiB pages. */
    private long identityMappedKernelRoot() {
        long pml4 = 0x10000;
        long pdpt = 0x11000;
        long directories = 0x12000;
        long rw = PageFlags.PRESENT | PageFlags.WRITABLE;
        memory.write64(pml4, FORMAT.encode(pdpt, rw));
        for (int i = 0; i < 4; i++) {
            memory.write64(pdpt + 8L * i, FORMAT.encode(directories + PAGE * i, rw));
        }
        for (int i = 0; i < 2048; i++) {
            memory.write64(directories + 8L * i, FORMAT.encode(2 * MIB * i, rw | PageFlags.HUGE));
        }
        memory.activate(pml4);
        return pml4;
    }

    private AddressSpace newSpace() {
        AddressSpace space = AddressSpace.create(FORMAT, memory, frames, kernelRoot);
        assertNotNull(space);
        return space;
    }

    @Test
    void mapsTranslatesAndUnmapsAPage() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, space.map(USER, frame, RW));
        assertEquals(frame, space.translate(USER));
        assertEquals(frame + 0xABC, space.translate(USER + 0xABC));
        assertEquals(PageFlags.PRESENT | RW, space.flags(USER + 5));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(USER + PAGE));
        assertEquals(frame, space.unmap(USER));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(USER));
        assertEquals(AddressSpace.NOT_MAPPED, space.unmap(USER));
    }

    @Test
    void refusesToMapOverAMappedPage() {
        AddressSpace space = newSpace();
        long first = frames.allocate();
        long second = frames.allocate();
        assertEquals(AddressSpace.OK, space.map(USER, first, 0));
        assertEquals(AddressSpace.ALREADY_MAPPED, space.map(USER, second, RW));
        assertEquals(first, space.translate(USER));
        assertEquals(PageFlags.PRESENT, space.flags(USER));
    }

    @Test
    void refusesBadAddressesAndFlags() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(USER + 8, frame, RW));
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(USER, frame + 8, RW));
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(1L << 47, frame, RW));
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(USER, 1L << 52, RW));
        assertEquals(AddressSpace.SHARED_RANGE, space.map(0x7000, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, space.map(0xFFFF_8000_0000_0000L, frame, RW));
        assertEquals(AddressSpace.BAD_FLAGS, space.map(USER, frame, PageFlags.HUGE));
        assertEquals(AddressSpace.BAD_FLAGS, space.map(USER, frame, 1L << 20), "a bit no flag has");
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(USER));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(1L << 47));
    }

    @Test
    void sharesTheKernelHalfWithTheKernelTables() {
        AddressSpace space = newSpace();
        assertEquals(memory.read64(kernelRoot), memory.read64(space.root()));
        assertEquals(0x1234_5678L, space.translate(0x1234_5678L));
        assertEquals(PageFlags.PRESENT | RW, space.flags(0x30_0000));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(5L << 30));
        assertEquals(AddressSpace.NOT_MAPPED, space.unmap(0x20_0000));
        assertEquals(0x20_0000, space.translate(0x20_0000));
    }

    @Test
    void givesEveryPageTableBackWhenItEmpties() {
        long before = frames.freeFrames();
        AddressSpace space = newSpace();
        long frame = 0x40_0000;
        assertEquals(AddressSpace.OK, space.map(USER, frame, RW));
        assertEquals(before - 4, frames.freeFrames(), "PML4, PDPT, directory and table");
        assertEquals(AddressSpace.OK, space.map(USER + PAGE, frame, RW));
        assertEquals(before - 4, frames.freeFrames(), "same table");
        assertEquals(AddressSpace.OK, space.map(USER + (1L << 30), frame, RW));
        assertEquals(before - 6, frames.freeFrames(), "new directory and table");
        space.unmap(USER);
        assertEquals(before - 6, frames.freeFrames());
        space.unmap(USER + PAGE);
        assertEquals(before - 4, frames.freeFrames());
        space.unmap(USER + (1L << 30));
        assertEquals(before - 1, frames.freeFrames());
        assertEquals(1, space.destroy());
        assertEquals(before, frames.freeFrames());
    }

    @Test
    void destroyReturnsTheTablesOfPagesStillMapped() {
        long before = frames.freeFrames();
        AddressSpace space = newSpace();
        space.map(USER, 0x40_0000, RW);
        space.map(0x0000_7FFF_FFFF_F000L, 0x40_0000, RW);
        assertEquals(7, space.destroy());
        assertEquals(before, frames.freeFrames());
        assertEquals(-1, space.destroy());
    }

    @Test
    void theActiveSpaceCannotBeDestroyed() {
        AddressSpace space = newSpace();
        space.activate();
        assertTrue(space.isActive());
        assertEquals(-1, space.destroy());
        memory.activate(kernelRoot);
        assertFalse(space.isActive());
        assertEquals(1, space.destroy());
    }

    @Test
    void protectChangesFlagsAndKeepsTheFrame() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        space.map(USER, frame, RW | PageFlags.USER);
        assertEquals(AddressSpace.OK, space.protect(USER, PageFlags.NO_EXECUTE));
        assertEquals(PageFlags.PRESENT | PageFlags.NO_EXECUTE, space.flags(USER));
        assertEquals(frame, space.translate(USER));
        assertEquals(AddressSpace.NOT_PRESENT, space.protect(USER + PAGE, RW));
        assertEquals(AddressSpace.SHARED_RANGE, space.protect(0x1000, RW));
    }

    @Test
    void invalidatesChangedPagesOnlyWhileActive() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        space.map(USER, frame, RW);
        space.map(USER + PAGE, frame, RW);
        space.protect(USER, 0);
        space.unmap(USER);
        assertEquals(List.of(), memory.invalidated, "inactive space");
        space.activate();
        space.map(USER + 2 * PAGE, frame, RW);
        assertEquals(List.of(), memory.invalidated, "new mappings replace not-present entries");
        space.protect(USER + PAGE, 0);
        space.unmap(USER + 2 * PAGE);
        assertEquals(List.of(USER + PAGE, USER + 2 * PAGE), memory.invalidated);
    }

    @Test
    void runsOutOfFramesWithoutLeakingTables() {
        frames = allocator(2 * MIB + 3 * PAGE);
        AddressSpace space = newSpace();
        assertEquals(2, frames.freeFrames());
        assertEquals(AddressSpace.OUT_OF_MEMORY, space.map(USER, 0x40_0000, RW));
        assertEquals(2, frames.freeFrames());
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(USER));
        assertEquals(AddressSpace.NOT_PRESENT, space.protect(USER, RW));
    }

    @Test
    void createFailsWithoutAFrameForThePml4() {
        frames = allocator(2 * MIB);
        assertNull(AddressSpace.create(FORMAT, memory, frames, kernelRoot));
    }

    @Test
    void writesEntriesInTheFormatsLayout() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        space.map(USER, frame, RW | PageFlags.NO_EXECUTE);
        long leaf = new PageTableWalker(FORMAT, memory).leafEntry(space.root(), USER);
        assertEquals(FORMAT.encode(frame, PageFlags.PRESENT | RW | PageFlags.NO_EXECUTE), memory.read64(leaf));
        assertEquals(frame | 1L << 62 | 1L << 4 | 1L, memory.read64(leaf), "present, writable and no-execute bits");
    }

    @Test
    void splitsTheRootIntoKernelAndUserSlots() {
        AddressSpace space = newSpace();
        assertEquals(1L << 39, space.userStart());
        assertEquals(1L << 47, space.userEnd());
        assertTrue(space.isSharedSlot(0));
        assertFalse(space.isSharedSlot(1));
        assertFalse(space.isSharedSlot(255));
        assertTrue(space.isSharedSlot(256));
        assertTrue(space.isUserAddress(USER));
        assertFalse(space.isUserAddress(0x7000));
    }
}
