package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.mm.PageFlags;
import org.junit.jupiter.api.Test;

/** The x86_64 entry layout, bit by bit, as the Intel SDM gives it (vol. 3A, 4.5). */
class X86PageTableFormatTest {
    private final X86PageTableFormat format = new X86PageTableFormat();

    @Test
    void hasFourLevelsOfNineBitsAbove4KiBPages() {
        assertEquals(4, format.levels());
        for (int level = 1; level <= 4; level++) {
            assertEquals(9, format.indexBits(level));
        }
        assertEquals(12, format.pageShift());
        assertEquals(0x000F_FFFF_FFFF_F000L, format.addressMask());
    }

    @Test
    void encodesEachGenericFlagAsItsX86Bit() {
        long frame = 0x1234_5000L;
        assertEquals(frame | 0x1, format.encode(frame, PageFlags.PRESENT));
        assertEquals(frame | 0x2, format.encode(frame, PageFlags.WRITABLE));
        assertEquals(frame | 0x4, format.encode(frame, PageFlags.USER));
        assertEquals(frame | 0x10, format.encode(frame, PageFlags.UNCACHED));
        assertEquals(frame | 0x80, format.encode(frame, PageFlags.HUGE));
        assertEquals(frame | 0x100, format.encode(frame, PageFlags.GLOBAL));
        assertEquals(frame | 0x8000_0000_0000_0000L, format.encode(frame, PageFlags.NO_EXECUTE));
        assertEquals(0x800F_FFFF_FFFF_F107L, format.encode(0x000F_FFFF_FFFF_F000L,
                PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.GLOBAL | PageFlags.NO_EXECUTE));
    }

    @Test
    void decodesWhatItEncodes() {
        for (long flags = 0; flags <= (PageFlags.MAPPING_FLAGS | PageFlags.HUGE); flags++) {
            long entry = format.encode(0xABC_D000L, flags);
            assertEquals(flags, format.decodeFlags(entry), PageFlags.describe(flags));
            assertEquals(0xABC_D000L, format.decodeAddress(entry));
        }
    }

    @Test
    void leavesOutTheBitsTheCpuSetsAndWriteThrough() {
        long entry = 0x5000 | X86PageTableFormat.P | X86PageTableFormat.ACCESSED | X86PageTableFormat.DIRTY
                | X86PageTableFormat.PWT;
        assertEquals(PageFlags.PRESENT, format.decodeFlags(entry));
        assertEquals(0x5000, format.decodeAddress(entry));
        assertEquals(0x5000, format.decodeAddress(0x5000 | 0x7FF0_0000_0000_0FFFL), "bits 52..62 and 0..11 are not address");
    }
}
