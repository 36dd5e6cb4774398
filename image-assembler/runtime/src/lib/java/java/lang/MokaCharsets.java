package java.lang;

/**
 * The conversions between chars and bytes behind {@code String.getBytes} and the {@code String}
 * constructors that take bytes, for the charsets Moka provides. Malformed input and unmappable
 * characters are replaced as the JDK's String does: encoding gives {@code '?'} (for UTF-16, the bytes
 * of U+FFFD) for a character the charset cannot represent, a surrogate pair counting as one; decoding
 * gives U+FFFD for each malformed sequence, with the JDK's rules for how far one reaches.
 */
final class MokaCharsets {
    private static final char REPLACEMENT = '\uFFFD';

    private MokaCharsets() {
    }

    /** @param charset a canonical charset name @return the bytes of {@code chars[offset, offset + length)} */
    static byte[] encode(String charset, char[] chars, int offset, int length) {
        if (charset.equals("UTF-8")) {
            return encodeUtf8(chars, offset, length);
        } else if (charset.equals("ISO-8859-1")) {
            return encodeSingleByte(chars, offset, length, 0xff);
        } else if (charset.equals("US-ASCII")) {
            return encodeSingleByte(chars, offset, length, 0x7f);
        }
        return encodeUtf16(chars, offset, length, !charset.equals("UTF-16LE"), charset.equals("UTF-16"));
    }

    /** @param charset a canonical charset name @return the chars the bytes {@code bytes[offset, offset + length)} stand for */
    static String decode(String charset, byte[] bytes, int offset, int length) {
        if (charset.equals("UTF-8")) {
            return decodeUtf8(bytes, offset, length);
        } else if (charset.equals("ISO-8859-1")) {
            return decodeSingleByte(bytes, offset, length, false);
        } else if (charset.equals("US-ASCII")) {
            return decodeSingleByte(bytes, offset, length, true);
        }
        return decodeUtf16(bytes, offset, length, !charset.equals("UTF-16LE"), charset.equals("UTF-16"));
    }

    private static byte[] encodeSingleByte(char[] chars, int offset, int length, int max) {
        byte[] out = new byte[length];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c <= max) {
                out[n++] = (byte) c;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < offset + length && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
                out[n++] = '?';
            }
        }
        return trim(out, n);
    }

    private static byte[] encodeUtf8(char[] chars, int offset, int length) {
        byte[] out = new byte[length * 3];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < offset + length && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    out[n++] = (byte) (0xf0 | cp >> 18);
                    out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    out[n++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return trim(out, n);
    }

    private static byte[] encodeUtf16(char[] chars, int offset, int length, boolean bigEndian, boolean mark) {
        if (length == 0) {
            return new byte[0];
        }
        byte[] out = new byte[length * 2 + (mark ? 2 : 0)];
        int n = 0;
        if (mark) {
            n = put16(out, n, 0xfeff, true);
        }
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < offset + length && Character.isLowSurrogate(chars[i + 1])) {
                n = put16(out, n, c, bigEndian);
                n = put16(out, n, chars[++i], bigEndian);
            } else if (Character.isSurrogate(c)) {
                n = put16(out, n, REPLACEMENT, bigEndian);
            } else {
                n = put16(out, n, c, bigEndian);
            }
        }
        return trim(out, n);
    }

    private static int put16(byte[] out, int n, int unit, boolean bigEndian) {
        out[n] = (byte) (bigEndian ? unit >> 8 : unit);
        out[n + 1] = (byte) (bigEndian ? unit : unit >> 8);
        return n + 2;
    }

    private static String decodeSingleByte(byte[] bytes, int offset, int length, boolean ascii) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i];
            out[i] = ascii && b < 0 ? REPLACEMENT : (char) (b & 0xff);
        }
        return new String(out);
    }

    private static boolean isContinuation(int b) {
        return (b & 0xc0) == 0x80;
    }

    /** UTF-8 with the JDK's replacement of malformed input: one U+FFFD per maximal ill-formed part. */
    private static String decodeUtf8(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int n = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b1 = bytes[i] & 0xff;
            if (b1 < 0x80) {
                out[n++] = (char) b1;
                i++;
            } else if (b1 >= 0xc2 && b1 <= 0xdf) {
                if (i + 1 < end && isContinuation(bytes[i + 1])) {
                    out[n++] = (char) ((b1 & 0x1f) << 6 | bytes[i + 1] & 0x3f);
                    i += 2;
                } else {
                    out[n++] = REPLACEMENT;
                    i++;
                }
            } else if (b1 >= 0xe0 && b1 <= 0xef) {
                int valid = validPrefix3(bytes, i, end, b1);
                if (valid == 3) {
                    // An encoded surrogate is one malformed sequence of three bytes.
                    char c = (char) ((b1 & 0x0f) << 12 | (bytes[i + 1] & 0x3f) << 6 | bytes[i + 2] & 0x3f);
                    out[n++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                    i += 3;
                } else {
                    out[n++] = REPLACEMENT;
                    i += Math.max(valid, 1);
                }
            } else if (b1 >= 0xf0 && b1 <= 0xf4) {
                int valid = validPrefix4(bytes, i, end, b1);
                if (valid == 4) {
                    int cp = (b1 & 0x07) << 18 | (bytes[i + 1] & 0x3f) << 12 | (bytes[i + 2] & 0x3f) << 6
                            | bytes[i + 3] & 0x3f;
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                    i += 4;
                } else {
                    out[n++] = REPLACEMENT;
                    i += Math.max(valid, 1);
                }
            } else {
                out[n++] = REPLACEMENT;
                i++;
            }
        }
        return new String(out, 0, n);
    }

    /** @return how many bytes from {@code i} start a well-formed three-byte sequence (3 when all do) */
    private static int validPrefix3(byte[] bytes, int i, int end, int b1) {
        if (i + 1 >= end) {
            return 1;
        }
        int b2 = bytes[i + 1] & 0xff;
        if (b2 < (b1 == 0xe0 ? 0xa0 : 0x80) || b2 > 0xbf) {
            return 1;
        }
        if (i + 2 >= end || !isContinuation(bytes[i + 2])) {
            return 2;
        }
        return 3;
    }

    /** @return how many bytes from {@code i} start a well-formed four-byte sequence (4 when all do) */
    private static int validPrefix4(byte[] bytes, int i, int end, int b1) {
        if (i + 1 >= end) {
            return 1;
        }
        int b2 = bytes[i + 1] & 0xff;
        int low = b1 == 0xf0 ? 0x90 : 0x80;
        int high = b1 == 0xf4 ? 0x8f : 0xbf;
        if (b2 < low || b2 > high) {
            return 1;
        }
        if (i + 2 >= end || !isContinuation(bytes[i + 2])) {
            return 2;
        }
        if (i + 3 >= end || !isContinuation(bytes[i + 3])) {
            return 3;
        }
        return 4;
    }

    private static String decodeUtf16(byte[] bytes, int offset, int length, boolean bigEndian, boolean detect) {
        int i = offset;
        int end = offset + length;
        if (detect && length >= 2) {
            int mark = (bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff;
            if (mark == 0xfeff) {
                i += 2;
            } else if (mark == 0xfffe) {
                bigEndian = false;
                i += 2;
            }
        }
        char[] out = new char[length / 2 + 1];
        int n = 0;
        while (i + 1 < end) {
            char c = unit(bytes, i, bigEndian);
            i += 2;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(unit(bytes, i, bigEndian))) {
                    out[n++] = c;
                    out[n++] = unit(bytes, i, bigEndian);
                    i += 2;
                } else {
                    out[n++] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                out[n++] = REPLACEMENT;
            } else {
                out[n++] = c;
            }
        }
        if (i < end) {
            out[n++] = REPLACEMENT;
        }
        return new String(out, 0, n);
    }

    private static char unit(byte[] bytes, int i, boolean bigEndian) {
        int a = bytes[i] & 0xff;
        int b = bytes[i + 1] & 0xff;
        return (char) (bigEndian ? a << 8 | b : b << 8 | a);
    }

    private static byte[] trim(byte[] bytes, int n) {
        if (n == bytes.length) {
            return bytes;
        }
        byte[] exact = new byte[n];
        System.arraycopy(bytes, 0, exact, 0, n);
        return exact;
    }
}
