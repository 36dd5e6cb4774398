package java.lang;

/**
 * The boxed double, with the JDK's constants and static helpers. Like the JDK, valueOf keeps no cache.
 * Equality and ordering follow the JDK's total order on bit patterns: NaN equals NaN and is above
 * everything, and -0.0 is below 0.0.
 */
public final class Double extends Number implements Comparable<Double> {
    /** The positive infinity. */
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    /** The negative infinity. */
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    /** A not-a-number value, the canonical one. */
    public static final double NaN = 0.0d / 0.0;
    /** The largest finite double, (2 - 2^-52) * 2^1023. */
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    /** The smallest positive normal double, 2^-1022. */
    public static final double MIN_NORMAL = 0x1.0p-1022;
    /** The smallest positive double, 2^-1074. */
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    /** The largest exponent of a finite double. */
    public static final int MAX_EXPONENT = 1023;
    /** The smallest exponent of a normal double. */
    public static final int MIN_EXPONENT = -1022;
    /** Bits in a double. */
    public static final int SIZE = 64;
    /** Bits in the significand, the hidden bit included. */
    public static final int PRECISION = 53;
    /** Bytes in a double. */
    public static final int BYTES = 8;

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final long EXPONENT_MASK = 0x7ff0000000000000L;
    private static final long FRACTION_MASK = 0x000fffffffffffffL;
    private static final long CANONICAL_NAN_BITS = 0x7ff8000000000000L;

    private final double value;

    /** @param value the boxed value; prefer {@link #valueOf(double)} */
    public Double(double value) {
        this.value = value;
    }

    /** @param s decimal text @throws NumberFormatException when s is not a number */
    public Double(String s) {
        this(parseDouble(s));
    }

    /** @param d a value @return a new box holding it */
    public static Double valueOf(double d) {
        return new Double(d);
    }

    /** @param s text @return its value, boxed @throws NumberFormatException when s is not a number */
    public static Double valueOf(String s) {
        return new Double(parseDouble(s));
    }

    /**
     * @param s text as the JDK accepts it: optional sign, then NaN, Infinity, or decimal or hexadecimal
     *          digits, with surrounding spaces ignored
     * @return the nearest double
     * @throws NumberFormatException when s is not a number
     */
    public static double parseDouble(String s) {
        return longBitsToDouble(MokaFloatParse.parse(s, MokaFloatParse.DOUBLE));
    }

    /**
     * @param d a value
     * @return the JDK's text for it: the shortest decimal that rounds back to d, in plain notation for
     *         10^-3 <= |d| < 10^7 and in computerized scientific notation (1.0E10) otherwise
     */
    public static String toString(double d) {
        long bits = doubleToRawLongBits(d);
        boolean negative = bits < 0;
        int biased = (int) ((bits & EXPONENT_MASK) >>> 52);
        long fraction = bits & FRACTION_MASK;
        if (biased == 0x7ff) {
            if (fraction != 0) {
                return "NaN";
            }
            return negative ? "-Infinity" : "Infinity";
        }
        if (biased == 0) {
            if (fraction == 0) {
                return negative ? "-0.0" : "0.0";
            }
            return MokaFloatFormat.format(negative, fraction, -1074, false);
        }
        return MokaFloatFormat.format(negative, fraction | (1L << 52), biased - 1075, fraction == 0 && biased > 1);
    }

    /** @param v a value @return whether it is a NaN */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /** @param v a value @return whether it is an infinity */
    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** @param d a value @return whether it is neither infinite nor NaN */
    public static boolean isFinite(double d) {
        return d <= MAX_VALUE && d >= -MAX_VALUE;
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
        return (float) value;
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
    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** Equal when the bit patterns are, so NaN equals NaN and 0.0 does not equal -0.0. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    /**
     * @param value a value
     * @return its bits, with every NaN replaced by the canonical one (0x7ff8000000000000L)
     */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return CANONICAL_NAN_BITS;
        }
        return doubleToRawLongBits(value);
    }

    /**
     * Intrinsic: the compiler replaces calls with a register move.
     *
     * @param value a value
     * @return its IEEE 754 bits, NaN payloads kept
     */
    public static long doubleToRawLongBits(double value) {
        throw new InternalError("intrinsic");
    }

    /**
     * Intrinsic: the compiler replaces calls with a register move.
     *
     * @param bits IEEE 754 bits
     * @return the double they encode
     */
    public static double longBitsToDouble(long bits) {
        throw new InternalError("intrinsic");
    }

    @Override
    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    /**
     * @param d1 a value @param d2 a value
     * @return negative, zero or positive in the JDK's total order: -0.0 below 0.0, NaN above all
     */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long bits1 = doubleToLongBits(d1);
        long bits2 = doubleToLongBits(d2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    /** @param a a value @param b a value @return a + b */
    public static double sum(double a, double b) {
        return a + b;
    }

    /** @param a a value @param b a value @return the larger, NaN if either is, 0.0 over -0.0 */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0 && doubleToRawLongBits(a) == SIGN_BIT) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** @param a a value @param b a value @return the smaller, NaN if either is, -0.0 under 0.0 */
    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0 && doubleToRawLongBits(b) == SIGN_BIT) {
            return b;
        }
        return a <= b ? a : b;
    }
}
