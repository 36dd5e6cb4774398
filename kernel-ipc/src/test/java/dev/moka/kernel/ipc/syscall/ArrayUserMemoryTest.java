package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrayUserMemoryTest {
    private final ArrayUserMemory memory = new ArrayUserMemory(0x1000, 0x100);

    @Test
    void onlyTheArraysRangeIsMapped() {
        assertTrue(memory.isAccessible(0x1000, 0x100, true));
        assertTrue(memory.isAccessible(0x10FF, 1, false));
        assertTrue(memory.isAccessible(0x1100, 0, false));
        assertFalse(memory.isAccessible(0x0FFF, 1, false));
        assertFalse(memory.isAccessible(0x10FF, 2, false));
        assertFalse(memory.isAccessible(0x1101, 0, false));
        assertFalse(memory.isAccessible(0, 8, false));
    }

    @Test
    void hugeAndWrappingRangesAreRefusedNotThrown() {
        assertFalse(memory.isAccessible(0x1000, -1, false));
        assertFalse(memory.isAccessible(-1, 2, false));
        assertFalse(memory.isAccessible(Long.MAX_VALUE, Long.MAX_VALUE, true));
        assertFalse(memory.isAccessible(Long.MIN_VALUE, 1, true));
        assertFalse(memory.copyIn(0x10F0, new byte[32], 0, 32));
        assertFalse(memory.copyOut(new byte[32], 0, 32, 0x0FF0));
    }

    @Test
    void copiesBothWays() {
        assertTrue(memory.copyOut(new byte[] {1, 2, 3}, 0, 3, 0x1010));
        byte[] back = new byte[3];
        assertTrue(memory.copyIn(0x1010, back, 0, 3));
        assertArrayEquals(new byte[] {1, 2, 3}, back);
        assertArrayEquals(new byte[] {1, 2, 3}, memory.get(0x1010, 3));
    }

    @Test
    void aReadOnlyRangeRefusesWritesOnly() {
        memory.makeReadOnly(0x1000, 0x10);
        assertFalse(memory.isAccessible(0x100F, 4, true));
        assertTrue(memory.isAccessible(0x100F, 4, false));
        assertTrue(memory.isAccessible(0x1010, 4, true));
        assertFalse(memory.copyOut(new byte[4], 0, 4, 0x1008));
        memory.put(0x1000, new byte[] {9});
        assertArrayEquals(new byte[] {9}, memory.get(0x1000, 1));
    }

    @Test
    void testHelpersRejectRangesOutside() {
        assertThrows(IllegalArgumentException.class, () -> memory.put(0x10FF, new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> memory.get(0x900, 1));
    }
}
