package dev.moka.relibc;

import java.nio.charset.StandardCharsets;

/** Strings as the kernel takes them: UTF-8 bytes with their length, and lists as NUL-terminated runs. */
final class CStrings {
    private CStrings() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** @param strings strings without NUL @return each one's UTF-8 bytes followed by a NUL, one after the other */
    static byte[] list(String[] strings) {
        int length = 0;
        byte[][] parts = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            parts[i] = bytes(strings[i]);
            length += parts[i].length + 1;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length + 1;
        }
        return out;
    }

    static String string(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
