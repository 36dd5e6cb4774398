package dev.moka.kernel.mm.paging.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import dev.moka.kernel.mm.paging.AddressSpacePaging;
import dev.moka.kernel.mm.paging.MadeUpFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The boot check of paging and the stack space the paging provider makes, on a machine whose MMU
 * reads the format under test.
 */
class AddressSpaceCheckTest {
    private static final long MIB = 1L << 20;
    private static final long BOOT_ROOT = 0x10000;

    @AfterEach
    void unbind() {
        Magic.bind(MagicBinding.UNBOUND);
    }

    /** A machine whose boot tables identity-map the first GiB with 2 MiB pages under root slot 0, bound to magic. */
    private static MmuMachine bootedMachine(PageTableFormat format) {
        MmuMachine machine = new MmuMachine(format);
        long rw = PageFlags.PRESENT | PageFlags.WRITABLE;
        long table = BOOT_ROOT;
        for (int level = format.levels(); level > 2; level--) {
            machine.write64(table, format.encode(table + 0x1000, rw));
            table += 0x1000;
        }
        for (int i = 0; i < 512; i++) {
            machine.write64(table + 8L * i, format.encode(2 * MIB * i, rw | PageFlags.HUGE));
        }
        machine.activate(BOOT_ROOT);
        Magic.bind(machine);
        return machine;
    }

    private static FrameAllocator frames(long bytes) {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, bytes, MemoryMap.AVAILABLE);
        map.reserve(0, 2 * MIB);
        FrameAllocator frames = new BitmapFrameAllocator();
        frames.init(map);
        return frames;
    }

    @Test
    void passesOnAFormatOfX86Shape() {
        PageTableFormat format = MadeUpFormat.fourLevel();
        MmuMachine machine = bootedMachine(format);
        FrameAllocator frames = frames(16 * MIB);
        long free = frames.freeFrames();
        AddressSpaceCheck check = new AddressSpaceCheck(format, machine);
        long base = 0x0000_4000_0000_0000L;
        assertArrayEquals(new long[] {base, base + 0x1000, base + (1L << 30)}, check.pages());
        assertNull(check.run(frames));
        assertEquals(BOOT_ROOT, machine.activeRoot(), "boot tables active again");
        assertEquals(free, frames.freeFrames());
        assertEquals(List.of(base + 0x1000, base), machine.invalidated,
                "pages unmapped or protected while the check's space was active");
    }

    @Test
    void passesOnAThreeLevelFormat() {
        PageTableFormat format = MadeUpFormat.threeLevel();
        MmuMachine machine = bootedMachine(format);
        FrameAllocator frames = frames(16 * MIB);
        AddressSpaceCheck check = new AddressSpaceCheck(format, machine);
        long base = 1L << 37;
        assertArrayEquals(new long[] {base, base + 0x1000, base + 2 * MIB}, check.pages());
        assertNull(check.run(frames));
        assertEquals(BOOT_ROOT, machine.activeRoot());
        assertEquals(List.of(base + 0x1000, base), machine.invalidated);
    }

    @Test
    void reportsAFormatThatLosesAFlag() {
        PageTableFormat format = MadeUpFormat.fourLevel();
        PageTableFormat forgetful = new PageTableFormat() {
            @Override public int levels() { return format.levels(); }
            @Override public int indexBits(int level) { return format.indexBits(level); }
            @Override public int pageShift() { return format.pageShift(); }
            @Override public long addressMask() { return format.addressMask(); }
            @Override public long encode(long physical, long flags) { return format.encode(physical, flags); }
            @Override public long decodeAddress(long entry) { return format.decodeAddress(entry); }

            @Override
            public long decodeFlags(long entry) {
                return format.decodeFlags(entry) & ~PageFlags.NO_EXECUTE;
            }
        };
        MmuMachine machine = bootedMachine(format);
        FrameAllocator frames = frames(16 * MIB);
        long free = frames.freeFrames();
        assertEquals("protect 400000000000 left flags present", new AddressSpaceCheck(forgetful, machine).run(frames));
        assertEquals(BOOT_ROOT, machine.activeRoot());
        assertEquals(free, frames.freeFrames(), "everything given back after a failure too");
    }

    @Test
    void reportsThatNoFrameIsLeft() {
        PageTableFormat format = MadeUpFormat.fourLevel();
        MmuMachine machine = bootedMachine(format);
        assertEquals("no frame for a root table", new AddressSpaceCheck(format, machine).run(frames(2 * MIB)));
    }

    @Test
    void theProviderMakesTheCheckForTheMachine() {
        PageTableFormat format = MadeUpFormat.threeLevel();
        MmuMachine machine = bootedMachine(format);
        assertNull(new AddressSpacePaging().newCheck(format, machine).run(frames(16 * MIB)));
    }

    @Test
    void theProviderMakesAStackSpaceWhosePagesTheMachineReachesUntilUnmapped() {
        PageTableFormat format = MadeUpFormat.fourLevel();
        MmuMachine machine = bootedMachine(format);
        FrameAllocator frames = frames(16 * MIB);
        long start = 1L << 30; // the second GiB, beside the identity map under root slot 0
        StackSpace stacks = new AddressSpacePaging().newStackSpace(format, machine, frames, start, 2 * start);
        assertNotNull(stacks);
        long page = start + 0x3000;
        long frame = frames.allocate();
        assertTrue(stacks.map(page, frame));
        Magic.store64(page + 8, 0x5AFE);
        assertEquals(0x5AFE, machine.read64(frame + 8), "the store went through the new mapping");
        assertEquals(frame, stacks.unmap(page));
        assertTrue(machine.invalidated.contains(page), "the kernel's tables are live: unmapping invalidates");
        assertThrows(MmuMachine.PageFault.class, () -> Magic.load64(page + 8), "an unmapped stack page faults");
    }
}
