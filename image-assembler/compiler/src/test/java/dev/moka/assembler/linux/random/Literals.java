package dev.moka.assembler.linux.random;

import java.util.Random;

/** Constant expressions of each type, biased towards values at the edges of arithmetic. */
final class Literals {
    private static final int[] INTS = {0, 1, -1, 2, 3, 5, 7, 8, 15, 16, 31, 32, 33, 63, 64, 100, 127, 128, -128, 255,
        256, 1000, 32767, -32768, 65535, 65536, 0x7fff_ffff, 0x8000_0000, 0x5555_5555, -7};
    private static final long[] LONGS = {0L, 1L, -1L, 2L, 31L, 32L, 63L, 64L, 65L, 0xffff_ffffL, 0x1_0000_0000L,
        Long.MAX_VALUE, Long.MIN_VALUE, 0x7fff_ffffL, -0x8000_0000L, 1_000_000_007L, -3L};
    private static final String[] DOUBLES = {"0.0", "(-0.0)", "1.0", "(-1.5)", "0.1", "2.5", "1e10", "(-3.75e-3)",
        "1e300", "Double.NaN", "Double.MAX_VALUE", "Double.MIN_VALUE", "(double) Long.MAX_VALUE", "(-2147483648.0)"};
    private static final String[] FLOATS = {"0.0f", "(-0.0f)", "1.0f", "(-1.5f)", "0.1f", "2.5f", "1e10f", "(-3.75e-3f)",
        "3e38f", "Float.NaN", "Float.MAX_VALUE", "Float.MIN_VALUE", "16777217f"};

    private Literals() {
    }

    /** A constant expression of exactly type {@code t}. */
    static String of(JType t, Random r) {
        return switch (t) {
            case BOOLEAN -> r.nextBoolean() ? "true" : "false";
            case INT -> intText(r.nextInt(4) == 0 ? r.nextInt(2001) - 1000 : INTS[r.nextInt(INTS.length)]);
            case LONG -> longText(r.nextInt(4) == 0 ? r.nextLong() : LONGS[r.nextInt(LONGS.length)]);
            case BYTE -> "((byte) " + intText(INTS[r.nextInt(INTS.length)]) + ")";
            case SHORT -> "((short) " + intText(INTS[r.nextInt(INTS.length)]) + ")";
            case CHAR -> r.nextBoolean() ? "'" + (char) ('a' + r.nextInt(26)) + "'" : "((char) " + r.nextInt(65536) + ")";
            case DOUBLE -> DOUBLES[r.nextInt(DOUBLES.length)];
            case FLOAT -> FLOATS[r.nextInt(FLOATS.length)];
        };
    }

    /** A small non-negative int literal, for loop bounds and array sizes. */
    static String small(Random r, int max) {
        return Integer.toString(r.nextInt(max + 1));
    }

    private static String intText(int v) {
        return v < 0 ? "(" + v + ")" : Integer.toString(v);
    }

    private static String longText(long v) {
        return v < 0 ? "(" + v + "L)" : v + "L";
    }
}
