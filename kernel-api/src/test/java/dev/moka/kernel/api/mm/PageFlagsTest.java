package dev.moka.kernel.api.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFlagsTest {
    @Test
    void describesFlags() {
        assertEquals("present|writable|nx", PageFlags.describe(PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.NO_EXECUTE));
        assertEquals("user|uncached|global|huge",
                PageFlags.describe(PageFlags.USER | PageFlags.UNCACHED | PageFlags.GLOBAL | PageFlags.HUGE));
        assertEquals("none", PageFlags.describe(0));
    }

    @Test
    void aMappingMayCarryEveryFlagButHuge() {
        assertTrue(PageFlags.areMappingFlags(PageFlags.MAPPING_FLAGS));
        assertFalse(PageFlags.areMappingFlags(PageFlags.HUGE));
        assertFalse(PageFlags.areMappingFlags(1L << 40));
    }

    @Test
    void everyFlagHasItsOwnBit() {
        long[] flags = {PageFlags.PRESENT, PageFlags.WRITABLE, PageFlags.USER, PageFlags.NO_EXECUTE,
            PageFlags.UNCACHED, PageFlags.GLOBAL, PageFlags.HUGE};
        long seen = 0;
        for (long flag : flags) {
            assertEquals(1, Long.bitCount(flag));
            assertEquals(0, seen & flag);
            seen |= flag;
        }
    }
}
