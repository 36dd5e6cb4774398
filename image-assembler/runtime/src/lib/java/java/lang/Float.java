package java.lang;

/**
 * The boxed float, with the JDK's constants and static helpers. Like the JDK, valueOf keeps no cache.
 * Equality and ordering follow the JDK's total order on bit patterns: NaN equals NaN and is above
 * everything, and -0.0f is below 0.0f.
 */
public final class Float extends Number implements Comparable<Float> {
    /** The positive infinity. */
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    /** The negative infinity. */
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    /** A not-a-number value, the canonical one. */
    public static final float NaN = 0.0f / 0.0f;
    /** The largest finite float, (2 - 2^-23) * 2^127. */
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    /** The smallest positive normal float, 2^-126. */
    public static final float MIN_NORMAL = 0x1.0p-126f;
    /** The smallest positive float, 2^-149. */
    public static final float MIN_VALUE = 0x0.000002P-126f;
    /** The largest exponent of a finite float. */
    public static final int MAX_EXPONENT = 127;
    /** The smallest exponent of a normal float. */
    public static final int MIN_EXPONENT = -126;
    /** Bits in a float. */
    public static final int SIZE = 32;
    /** Bits in the significand, the hidden bit included. */
    public static final int PRECISION = 24;
    /** Bytes in a float. */
    public static final int BYTES = 4;

    private static final int SIGN_BIT = 0x80000000;
    private static final int EXPONENT_MASK = 0x7f800000;
    private static final int FRACTION_MASK = 0x007fffff;
    private static final int CANONICAL_NAN_BITS = 0x7fc00000;

    private final float value;

    /** @param value the boxed value; prefer {@link #valueOf(float)} */
    public Float(float value) {
        this.value = value;
    }

    /** @param value a double, rounded to float */
    public Float(double value) {
        this.value = (float) value;
    }

    /** @param s decimal text @throws NumberFormatException when s is not a number */
    public Float(String s) {
        this(parseFloat(s));
    }

    /** @param f a value @return a new box holding it */
    public static Float valueOf(float f) {
        return new Float(f);
    }

    /** @param s text @return its value, boxed @throws NumberFormatException when s is not a number */
    public static Float valueOf(String s) {
        return new Float(parseFloat(s));
    }

    /**
     * @param s text as the JDK accepts it: optional sign, then NaN, Infinity, or decimal or hexadecimal
     *          digits, with surrounding spaces ignored
     * @return the nearest float, rounded once from the exact value of the text
     * @throws NumberFormatException when s is not a number
     */
    public static float parseFloat(String s) {
        return intBitsToFloat((int) MokaFloatParse.parse(s, MokaFloatParse.FLOAT));
    }

    /**
     * @param f a value
     * @return the JDK's text for it: the shortest decimal that rounds back to f, in plain notation for
     *         10^-3 <= |f| < 10^7 and in computerized scientific notation (1.0E10) otherwise
     */
    public static String toString(float f) {
        int bits = floatToRawIntBits(f);
        boolean negative = bits < 0;
        int biased = (bits & EXPONENT_MASK) >>> 23;
        int fraction = bits & FRACTION_MASK;
        if (biased == 0xff) {
            if (fraction != 0) {
                return "NaN";
            }
            return negative ? "-Infinity" : "Infinity";
        }
        if (biased == 0) {
            if (fraction == 0) {
                return negative ? "-0.0" : "0.0";
            }
            return MokaFloatFormat.format(negative, fraction, -149, false);
        }
        return MokaFloatFormat.format(negative, fraction | (1 << 23), biased - 150, fraction == 0 && biased > 1);
    }

    /** @param v a value @return whether it is a NaN */
    public static boolean isNaN(float v) {
        return v != v;
    }

    /** @param v a value @return whether it is an infinity */
    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** @param f a value @return whether it is neither infinite nor NaN */
    public static boolean isFinite(float f) {
        return f <= MAX_VALUE && f >= -MAX_VALUE;
    }

    /** @return whether this value is a NaN */
    public boolean isNaN() {
        return isNaN(value);
    }

    /** @return whether this value is an infinity */
    public boolean isInfinite() {
        return isInfinite(value);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    /** @param value a value @return its hash code, as the JDK computes it */
    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    /** Equal when the bit patterns are, so NaN equals NaN and 0.0f does not equal -0.0f. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Float && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    /**
     * @param value a value
     * @return its bits, with every NaN replaced by the canonical one (0x7fc00000)
     */
    public static int floatToIntBits(float value) {
        if (value != value) {
            return CANONICAL_NAN_BITS;
        }
        return floatToRawIntBits(value);
    }

    /**
     * Intrinsic: the compiler replaces calls with a register move.
     *
     * @param value a value
     * @return its IEEE 754 bits, NaN payloads kept
     */
    public static int floatToRawIntBits(float value) {
        throw new InternalError("intrinsic");
    }

    /**
     * Intrinsic: the compiler replaces calls with a register move.
     *
     * @param bits IEEE 754 bits
     * @return the float they encode
     */
    public static float intBitsToFloat(int bits) {
        throw new InternalError("intrinsic");
    }

    @Override
    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    /**
     * @param f1 a value @param f2 a value
     * @return negative, zero or positive in the JDK's total order: -0.0f below 0.0f, NaN above all
     */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int bits1 = floatToIntBits(f1);
        int bits2 = floatToIntBits(f2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    /** @param a a value @param b a value @return a + b */
    public static float sum(float a, float b) {
        return a + b;
    }

    /** @param a a value @param b a value @return the larger, NaN if either is, 0.0f over -0.0f */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && floatToRawIntBits(a) == SIGN_BIT) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** @param a a value @param b a value @return the smaller, NaN if either is, -0.0f under 0.0f */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && floatToRawIntBits(b) == SIGN_BIT) {
            return b;
        }
        return a <= b ? a : b;
    }
}
