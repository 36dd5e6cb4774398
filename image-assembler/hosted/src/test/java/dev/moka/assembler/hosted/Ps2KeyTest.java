package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyboard's keys: what each sends in both scancode sets, and no code shared by two keys. */
class Ps2KeyTest {
    @Test
    void aKeySendsItsMakeAndBreakCodesInEitherSet() {
        Ps2Key a = Ps2Key.named("a");
        assertArrayEquals(new int[] {0x1E}, a.bytes(true, true));
        assertArrayEquals(new int[] {0x9E}, a.bytes(false, true));
        assertArrayEquals(new int[] {0x1C}, a.bytes(true, false));
        assertArrayEquals(new int[] {0xF0, 0x1C}, a.bytes(false, false));
        Ps2Key up = Ps2Key.named("up");
        assertArrayEquals(new int[] {0xE0, 0x48}, up.bytes(true, true));
        assertArrayEquals(new int[] {0xE0, 0xC8}, up.bytes(false, true));
        assertArrayEquals(new int[] {0xE0, 0x75}, up.bytes(true, false));
        assertArrayEquals(new int[] {0xE0, 0xF0, 0x75}, up.bytes(false, false));
    }

    @Test
    void noTwoKeysShareACode() {
        Set<Integer> set1 = new HashSet<>();
        Set<Integer> set2 = new HashSet<>();
        for (Ps2Key key : Ps2Key.all()) {
            int prefix = key.extended() ? 0x100 : 0;
            assertTrue(set1.add(prefix | key.set1()), key + " shares its set-1 code");
            assertTrue(set2.add(prefix | key.set2()), key + " shares its set-2 code");
            assertTrue(key.set1() < 0x80, key + ": a set-1 make code has bit 7 clear");
        }
        assertEquals(80, Ps2Key.all().size());
    }

    @Test
    void anUnknownNameIsRefusedWithTheKeysThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Ps2Key.named("enter"));
        assertTrue(refused.getMessage().contains("ret"), refused.getMessage());
    }
}
