package dev.moka.assembler.hosted;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A key of the simulated PC's keyboard: the name QEMU's {@code sendkey} gives it and its make code
 * in scancode set 2 (what the keyboard sends) and set 1 (what the controller turns it into when it
 * translates, as PCs boot). A release is the make code with bit 7 set in set 1, and after
 * {@code 0xF0} in set 2; an extended key has {@code 0xE0} before either.
 *
 * @param name     the key's name, as {@code sendkey} takes it ({@code a}, {@code ret}, {@code shift})
 * @param set1     its make code in set 1
 * @param set2     its make code in set 2
 * @param extended whether its codes come after {@code 0xE0}
 */
record Ps2Key(String name, int set1, int set2, boolean extended) {
    private static final Map<String, Ps2Key> BY_NAME = new HashMap<>();

    static {
        plain("esc", 0x01, 0x76);
        String digits = "1234567890";
        int[] digitCodes = {0x16, 0x1E, 0x26, 0x25, 0x2E, 0x36, 0x3D, 0x3E, 0x46, 0x45};
        for (int i = 0; i < digits.length(); i++) {
            plain(digits.substring(i, i + 1), 0x02 + i, digitCodes[i]);
        }
        plain("minus", 0x0C, 0x4E);
        plain("equal", 0x0D, 0x55);
        plain("backspace", 0x0E, 0x66);
        plain("tab", 0x0F, 0x0D);
        row("qwertyuiop", 0x10, 0x15, 0x1D, 0x24, 0x2D, 0x2C, 0x35, 0x3C, 0x43, 0x44, 0x4D);
        plain("bracket_left", 0x1A, 0x54);
        plain("bracket_right", 0x1B, 0x5B);
        plain("ret", 0x1C, 0x5A);
        plain("ctrl", 0x1D, 0x14);
        row("asdfghjkl", 0x1E, 0x1C, 0x1B, 0x23, 0x2B, 0x34, 0x33, 0x3B, 0x42, 0x4B);
        plain("semicolon", 0x27, 0x4C);
        plain("apostrophe", 0x28, 0x52);
        plain("grave_accent", 0x29, 0x0E);
        plain("shift", 0x2A, 0x12);
        plain("backslash", 0x2B, 0x5D);
        row("zxcvbnm", 0x2C, 0x1A, 0x22, 0x21, 0x2A, 0x32, 0x31, 0x3A);
        plain("comma", 0x33, 0x41);
        plain("dot", 0x34, 0x49);
        plain("slash", 0x35, 0x4A);
        plain("shift_r", 0x36, 0x59);
        plain("kp_multiply", 0x37, 0x7C);
        plain("alt", 0x38, 0x11);
        plain("spc", 0x39, 0x29);
        plain("caps_lock", 0x3A, 0x58);
        int[] functionCodes = {0x05, 0x06, 0x04, 0x0C, 0x03, 0x0B, 0x83, 0x0A, 0x01, 0x09};
        for (int i = 0; i < functionCodes.length; i++) {
            plain("f" + (i + 1), 0x3B + i, functionCodes[i]);
        }
        extended("ctrl_r", 0x1D, 0x14);
        extended("alt_r", 0x38, 0x11);
        extended("home", 0x47, 0x6C);
        extended("up", 0x48, 0x75);
        extended("pgup", 0x49, 0x7D);
        extended("left", 0x4B, 0x6B);
        extended("right", 0x4D, 0x74);
        extended("end", 0x4F, 0x69);
        extended("down", 0x50, 0x72);
        extended("pgdn", 0x51, 0x7A);
        extended("insert", 0x52, 0x70);
        extended("delete", 0x53, 0x71);
    }

    private static void plain(String name, int set1, int set2) {
        BY_NAME.put(name, new Ps2Key(name, set1, set2, false));
    }

    private static void extended(String name, int set1, int set2) {
        BY_NAME.put(name, new Ps2Key(name, set1, set2, true));
    }

    /** Letters in the order of their set-1 codes, which run on from {@code firstSet1}. */
    private static void row(String letters, int firstSet1, int... set2) {
        for (int i = 0; i < letters.length(); i++) {
            plain(letters.substring(i, i + 1), firstSet1 + i, set2[i]);
        }
    }

    /**
     * @param name a key's name
     * @return the key
     * @throws IllegalArgumentException for a name no key has
     */
    static Ps2Key named(String name) {
        Ps2Key key = BY_NAME.get(name);
        if (key == null) {
            throw new IllegalArgumentException("no key named \"" + name + "\"; keys: "
                    + new TreeSet<>(BY_NAME.keySet()));
        }
        return key;
    }

    /** @return every key */
    static Collection<Ps2Key> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }

    /**
     * @param pressed   a press, or else a release
     * @param translate set 1, as the controller translates; or else set 2
     * @return the bytes the keyboard sends for it
     */
    int[] bytes(boolean pressed, boolean translate) {
        int prefix = extended ? 1 : 0;
        int[] out;
        if (translate) {
            out = new int[prefix + 1];
            out[prefix] = pressed ? set1 : set1 | 0x80;
        } else {
            out = new int[prefix + (pressed ? 1 : 2)];
            if (!pressed) {
                out[prefix] = 0xF0;
            }
            out[out.length - 1] = set2;
        }
        if (extended) {
            out[0] = 0xE0;
        }
        return out;
    }
}
