package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteRingTest {
    @Test
    void keepsOrderAcrossTheWrap() {
        ByteRing ring = new ByteRing(8);
        assertEquals(6, ring.put(new byte[] {1, 2, 3, 4, 5, 6}, 0, 6));
        byte[] out = new byte[8];
        assertEquals(4, ring.take(out, 0, 4));
        assertEquals(6, ring.put(new byte[] {7, 8, 9, 10, 11, 12, 13}, 0, 7), "only the free room is taken");
        assertEquals(0, ring.free());
        assertEquals(8, ring.take(out, 0, 8));
        assertArrayEquals(new byte[] {5, 6, 7, 8, 9, 10, 11, 12}, out);
        assertEquals(0, ring.count());
        assertEquals(0, ring.take(out, 0, 8));
    }

    @Test
    void overwritingKeepsTheNewestBytes() {
        ByteRing ring = new ByteRing(4);
        ring.putOverwriting(new byte[] {1, 2, 3}, 0, 3);
        ring.putOverwriting(new byte[] {4, 5}, 0, 2);
        byte[] out = new byte[4];
        assertEquals(4, ring.copy(0, out, 0, 4));
        assertArrayEquals(new byte[] {2, 3, 4, 5}, out);
        ring.putOverwriting(new byte[] {6, 7, 8, 9, 10, 11}, 0, 6);
        assertEquals(4, ring.copy(0, out, 0, 4));
        assertArrayEquals(new byte[] {8, 9, 10, 11}, out);
        assertEquals(2, ring.copy(2, out, 0, 4));
        assertEquals(0, ring.copy(4, out, 0, 4));
    }
}
