package dev.moka.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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
        FrameBitmap taken = new FrameBitmap(256);
        FrameBitmap unmanaged = new FrameBitmap(256);
        taken.fill(0, 256, true);
        taken.clear(3);
        taken.clear(200);
        assertEquals(3, taken.findClear(unmanaged, 0));
        assertEquals(200, taken.findClear(unmanaged, 130));
        assertEquals(3, taken.findClear(unmanaged, 201 + 64));
        assertEquals(200, taken.findClear(unmanaged, 4), "bits before the start in the same word come last");
        taken.clear(1);
        assertEquals(1, taken.findClear(unmanaged, 201), "after wrapping, the low bits of the first word count");
        unmanaged.set(1);
        unmanaged.set(3);
        unmanaged.set(200);
        assertEquals(FrameBitmap.NONE, taken.findClear(unmanaged, 17), "a bit set in either bitmap is not clear");
        assertEquals(FrameBitmap.NONE, new FrameBitmap(0).findClear(new FrameBitmap(0), 0));
    }

    @Test
    void findsTheHighestBitButNothingPastTheEnd() {
        FrameBitmap taken = new FrameBitmap(128);
        taken.fill(0, 127, true);
        assertEquals(127, taken.findClear(new FrameBitmap(128), 0));
        FrameBitmap partial = new FrameBitmap(70);
        partial.fill(0, 70, true);
        assertEquals(FrameBitmap.NONE, partial.findClear(new FrameBitmap(70), 0), "bits 70 to 127 are no frames");
    }

    @Test
    void wordFillsAgreeWithBitByBitFills() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(400);
            FrameBitmap bitmap = new FrameBitmap(size);
            boolean[] model = new boolean[size];
            for (int step = 0; step < 12; step++) {
                int from = random.nextInt(size + 20) - 10;
                int to = from + random.nextInt(size + 10);
                boolean value = random.nextBoolean();
                bitmap.fill(from, to, value);
                for (int bit = Math.max(0, from); bit < Math.min(size, to); bit++) {
                    model[bit] = value;
                }
            }
            int expectedCount = 0;
            for (int bit = 0; bit < size; bit++) {
                assertEquals(model[bit], bitmap.get(bit), "bit " + bit + " of " + size);
                expectedCount += model[bit] ? 1 : 0;
            }
            assertEquals(expectedCount, bitmap.count());
            int start = random.nextInt(size);
            assertEquals(modelFindClear(model, start), bitmap.findClear(new FrameBitmap(size), start));
        }
    }

    private static int modelFindClear(boolean[] model, int start) {
        for (int step = 0; step < model.length; step++) {
            int bit = (start + step) % model.length;
            if (!model[bit]) {
                return bit;
            }
        }
        return FrameBitmap.NONE;
    }
}
