package dev.moka.kernel.api.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryMapTest {
    private static final long MIB = 1L << 20;

    @Test
    void aRangeIsAvailableWhenAvailableRegionsCoverEveryByte() {
        MemoryMap map = new MemoryMap(8);
        map.addRegion(0, 0x9FC00, MemoryMap.AVAILABLE);
        map.addRegion(MIB, 7 * MIB, MemoryMap.AVAILABLE);
        map.addRegion(8 * MIB, 8 * MIB, MemoryMap.AVAILABLE);
        map.addRegion(16 * MIB, MIB, MemoryMap.RESERVED);
        map.reserve(MIB, 3 * MIB);
        assertTrue(map.isAvailable(MIB, 4 * MIB), "reserved ranges do not count against it");
        assertTrue(map.isAvailable(2 * MIB, 16 * MIB), "two regions that meet cover it together");
        assertFalse(map.isAvailable(2 * MIB, 16 * MIB + 1), "its last byte lies in a reserved region");
        assertFalse(map.isAvailable(0x9F000, 2 * MIB), "the hole below 1 MiB is not RAM");
        assertTrue(map.isAvailable(5 * MIB, 5 * MIB), "an empty range needs nothing");
        assertEquals(0x9FC00 + 15 * MIB, map.usableBytes());
    }

    @Test
    void unmappedRegionsAreNeitherUsableNorAvailable() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(MIB, MIB, MemoryMap.AVAILABLE);
        map.addRegion(1L << 32, 1L << 30, MemoryMap.UNMAPPED);
        assertEquals(MIB, map.usableBytes());
        assertEquals(1L << 30, map.unmappedBytes());
        assertFalse(map.isUsable(1L << 32));
        assertFalse(map.isAvailable(1L << 32, (1L << 32) + 4096));
    }
}
