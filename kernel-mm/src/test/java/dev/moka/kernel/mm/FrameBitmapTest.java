package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBitmapTest {
    @Test
    void setsClearsAndCounts() {
        FrameBitmap bitmap = new FrameBitmap(130);
        bitmap.fill(60, 70, true);
        bitmap.set(129);
        assertTrue(bitmap.get(63));
        assertTrue(bitmap.get(64));
        assertFalse(bitmap.get(70));
        assertEquals(11, bitmap.count());
        bitmap.clear(129);
        bitmap.fill(0, 65, false);
        assertEquals(5, bitmap.count());
    }

    @Test
    void fillIsCutToTheBitmap() {
        FrameBitmap bitmap = new FrameBitmap(10);
        bitmap.fill(-5, 1000, true);
        assertEquals(10, bitmap.count());
    }

    @Test
    void findsFromTheCursorWordAndWrapsAround() {
        FrameBitmap bitmap = new FrameBitmap(256);
        bitmap.set(3);
        bitmap.set(200);
        assertEquals(3, bitmap.findSet(0));
        assertEquals(200, bitmap.findSet(130));
        assertEquals(3, bitmap.findSet(201 + 64));
        assertEquals(200, bitmap.findSet(4), "bits before the start in the same word come last");
        bitmap.set(1);
        assertEquals(1, bitmap.findSet(201), "after wrapping, the low bits of the first word count");
        bitmap.clear(1);
        bitmap.clear(3);
        bitmap.clear(200);
        assertEquals(FrameBitmap.NONE, bitmap.findSet(17));
        assertEquals(FrameBitmap.NONE, new FrameBitmap(0).findSet(0));
    }

    @Test
    void findsTheHighestBitOfAWord() {
        FrameBitmap bitmap = new FrameBitmap(128);
        bitmap.set(127);
        assertEquals(127, bitmap.findSet(0));
    }

    @Test
    void copyIsIndependent() {
        FrameBitmap bitmap = new FrameBitmap(70);
        bitmap.set(69);
        FrameBitmap copy = bitmap.copy();
        bitmap.clear(69);
        assertTrue(copy.get(69));
        assertEquals(70, copy.size());
    }
}
