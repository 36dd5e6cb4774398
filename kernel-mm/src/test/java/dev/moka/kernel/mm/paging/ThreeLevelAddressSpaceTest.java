package dev.moka.kernel.mm.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Address spaces of a shape x86_64 does not have: {@link MadeUpFormat#threeLevel()}, 3 levels over
 * 4 KiB pages (39-bit virtual addresses, 1 GiB per root slot), the frame stored shifted inside the
 * entry and the flags at bits of its own. Sizes, the user half, the canonical range and every entry
 * must follow from the format.
 */
class ThreeLevelAddressSpaceTest {
    private static final PageTableFormat FORMAT = MadeUpFormat.threeLevel();
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    private static final long PAGE = 4096;
    /** Root slot 64 of 512, in the middle of the user half (slots 1..255). */
    private static final long USER = 64 * GIB;
    private static final long RW = PageFlags.WRITABLE;

    private final ArrayPhysicalMemory memory = new ArrayPhysicalMemory();
    private FrameAllocator frames;
    private long kernelRoot;

    @BeforeEach
    void setUp() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 16 * MIB, MemoryMap.AVAILABLE);
        map.reserve(0, 2 * MIB);
        frames = new BitmapFrameAllocator();
        frames.init(map);
        kernelRoot = identityMappedFirstGiB();
    }

    /** Root slot 0 points to one directory of 2 MiB pages: the first GiB, identity-mapped. */
    private long identityMappedFirstGiB() {
        long root = 0x10000;
        long directory = 0x11000;
        long rw = PageFlags.PRESENT | PageFlags.WRITABLE;
        memory.write64(root, FORMAT.encode(directory, rw));
        for (int i = 0; i < 512; i++) {
            memory.write64(directory + 8L * i, FORMAT.encode(2 * MIB * i, rw | PageFlags.HUGE));
        }
        memory.activate(root);
        return root;
    }

    private AddressSpace newSpace() {
        return AddressSpace.create(FORMAT, memory, frames, kernelRoot);
    }

    @Test
    void takesItsLayoutFromTheFormat() {
        AddressSpace space = newSpace();
        assertEquals(GIB, space.userStart(), "the root's second slot");
        assertEquals(1L << 38, space.userEnd(), "the end of the lower half of a 39-bit space");
        assertTrue(space.isSharedSlot(0));
        assertFalse(space.isSharedSlot(255));
        assertTrue(space.isSharedSlot(256));
    }

    @Test
    void mapsTranslatesProtectsAndUnmaps() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        assertEquals(AddressSpace.OK, space.map(USER, frame, RW | PageFlags.USER));
        assertEquals(frame + 0x123, space.translate(USER + 0x123));
        assertEquals(PageFlags.PRESENT | RW | PageFlags.USER, space.flags(USER));
        assertEquals(AddressSpace.OK, space.protect(USER, PageFlags.NO_EXECUTE | PageFlags.GLOBAL));
        assertEquals(PageFlags.PRESENT | PageFlags.NO_EXECUTE | PageFlags.GLOBAL, space.flags(USER));
        assertEquals(frame, space.translate(USER));
        assertEquals(frame, space.unmap(USER));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(USER));
    }

    @Test
    void storesTheFrameShiftedAsTheFormatSays() {
        AddressSpace space = newSpace();
        long frame = 0x40_0000;
        space.map(USER, frame, RW);
        long leaf = new PageTableWalker(FORMAT, memory).leafEntry(space.root(), USER);
        assertEquals((frame >>> 12) << 10 | 1L | 1L << 7, memory.read64(leaf), "frame number at bit 10, present, writable");
    }

    @Test
    void refusesWhatThisShapeCannotHold() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(1L << 38, frame, RW), "not canonical in 39 bits");
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(1L << 40, frame, RW), "canonical for x86_64, not here");
        assertEquals(AddressSpace.BAD_ADDRESS, space.map(USER, 1L << 44, RW), "beyond the frames an entry holds");
        assertEquals(AddressSpace.SHARED_RANGE, space.map(0x7000, frame, RW));
        assertEquals(AddressSpace.SHARED_RANGE, space.map(-GIB, frame, RW), "the top of the canonical upper half");
        assertEquals(AddressSpace.OK, space.map((1L << 38) - PAGE, frame, RW), "the last user page");
    }

    @Test
    void sharesTheKernelSlotAndItsHugePages() {
        AddressSpace space = newSpace();
        assertEquals(0x1234_5678L, space.translate(0x1234_5678L));
        assertEquals(PageFlags.PRESENT | RW, space.flags(0x30_0000));
        assertEquals(AddressSpace.NOT_MAPPED, space.translate(GIB));
    }

    @Test
    void countsItsTablesByTheFormatsLevels() {
        long before = frames.freeFrames();
        AddressSpace space = newSpace();
        long frame = 0x40_0000;
        assertEquals(AddressSpace.OK, space.map(USER, frame, RW));
        assertEquals(before - 3, frames.freeFrames(), "root, directory and table");
        assertEquals(AddressSpace.OK, space.map(USER + 2 * MIB, frame, RW));
        assertEquals(before - 4, frames.freeFrames(), "a table for the next 2 MiB");
        assertEquals(AddressSpace.OK, space.map(USER + GIB, frame, RW));
        assertEquals(before - 6, frames.freeFrames(), "directory and table under the next root slot");
        space.unmap(USER);
        space.unmap(USER + 2 * MIB);
        assertEquals(before - 3, frames.freeFrames());
        assertEquals(3, space.destroy(), "the root and the tables of the page still mapped");
        assertEquals(before, frames.freeFrames());
    }

    @Test
    void invalidatesChangedPagesWhileActive() {
        AddressSpace space = newSpace();
        long frame = frames.allocate();
        space.activate();
        space.map(USER, frame, RW);
        space.protect(USER, 0);
        space.unmap(USER);
        assertEquals(List.of(USER, USER), memory.invalidated);
    }

    @Test
    void refusesAFormatWhoseTablesDoNotFitAFrame() {
        PageTableFormat wide = new PageTableFormat() {
            @Override public int levels() { return 3; }
            @Override public int indexBits(int level) { return 10; }
            @Override public int pageShift() { return 12; }
            @Override public long addressMask() { return FORMAT.addressMask(); }
            @Override public long encode(long physical, long flags) { return FORMAT.encode(physical, flags); }
            @Override public long decodeAddress(long entry) { return FORMAT.decodeAddress(entry); }
            @Override public long decodeFlags(long entry) { return FORMAT.decodeFlags(entry); }
        };
        long free = frames.freeFrames();
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> AddressSpace.create(wide, memory, frames, kernelRoot));
        assertEquals("page-table format: a table of level 1 does not fit in one frame", refusal.getMessage());
        assertEquals(free, frames.freeFrames(), "nothing allocated");
    }
}
