package java.lang;

/** The boxed long, with the JVM's value cache for -128..127 and the usual static helpers. */
public final class Long extends Number implements Comparable<Long> {
    /** The smallest long. */
    public static final long MIN_VALUE = 0x8000000000000000L;
    /** The largest long. */
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    /** Bits in a long. */
    public static final int SIZE = 64;
    /** Bytes in a long. */
    public static final int BYTES = 8;

    private final long value;

    /** @param value the boxed value; prefer {@link #valueOf(long)} */
    public Long(long value) {
        this.value = value;
    }

    /** The boxes valueOf hands out for -128..127, as the JVM does. */
    private static final class Cache {
        static final Long[] BOXES = new Long[256];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Long(i - 128);
            }
        }

        private Cache() {
        }
    }

    /** @param l a value @return its box, shared for -128..127 */
    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return Cache.BOXES[(int) l + 128];
        }
        return new Long(l);
    }

    /** @param s decimal text @return its box @throws NumberFormatException when s is not a long */
    public static Long valueOf(String s) {
        return valueOf(parseLong(s, 10));
    }

    /** @param s text @param radix base @return its box @throws NumberFormatException when s is not a long */
    public static Long valueOf(String s, int radix) {
        return valueOf(parseLong(s, radix));
    }

    /** @param s decimal text @return its value @throws NumberFormatException when s is not a long */
    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    /**
     * @param s     text: an optional sign, then digits of the radix
     * @param radix base, 2..36
     * @return its value
     * @throws NumberFormatException with the JVM's message when s is not a long in that base
     */
    public static long parseLong(String s, int radix) {
        return parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses a signed number that must lie in [min, max], with the JVM's error messages. The value is
     * accumulated negatively so that the most negative value needs no special case.
     */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int length = s.length();
        if (length == 0) {
            throw forInputString(s, radix);
        }
        int i = 0;
        boolean negative = false;
        long limit = -max;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            if (first == '-') {
                negative = true;
                limit = min;
            }
            if (length == 1) {
                throw forInputString(s, radix);
            }
            i = 1;
        }
        long multiplyLimit = limit / radix;
        long result = 0;
        for (; i < length; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit) {
                throw forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    /** @param value a value @return its decimal form */
    public static String toString(long value) {
        return toString(value, 10);
    }

    /** @param value a value @param radix base (10 when outside 2..36) @return its signed form, lower-case digits */
    public static String toString(long value, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        char[] digits = new char[65];
        int at = digits.length;
        boolean negative = value < 0;
        // Work on the negative magnitude so that MIN_VALUE needs no special case.
        long n = negative ? value : -value;
        do {
            long quotient = n / radix;
            digits[--at] = Character.forDigit((int) (quotient * radix - n), radix);
            n = quotient;
        } while (n != 0);
        if (negative) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    /** Unsigned form in base 2^shift (1, 3 or 4), no leading zeros. */
    static String toUnsigned(long value, int shift) {
        char[] digits = new char[64];
        int at = digits.length;
        int mask = (1 << shift) - 1;
        do {
            digits[--at] = Character.forDigit((int) (value & mask), 1 << shift);
            value >>>= shift;
        } while (value != 0);
        return new String(digits, at, digits.length - at);
    }

    /** @param value a value @return its unsigned hexadecimal form, lower case, no leading zeros */
    public static String toHexString(long value) {
        return toUnsigned(value, 4);
    }

    /** @param value a value @return its unsigned octal form */
    public static String toOctalString(long value) {
        return toUnsigned(value, 3);
    }

    /** @param value a value @return its unsigned binary form */
    public static String toBinaryString(long value) {
        return toUnsigned(value, 1);
    }

    /** @param value a value @return its unsigned decimal form */
    public static String toUnsignedString(long value) {
        if (value >= 0) {
            return toString(value);
        }
        long quotient = (value >>> 1) / 5;
        long remainder = value - quotient * 10;
        return toString(quotient) + (char) ('0' + remainder);
    }

    /** @param x a value @param y a value @return negative, zero or positive as x is below, equal to or above y */
    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** @param x a value @param y a value @return compare of both as unsigned values */
    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** @param i a value @return -1, 0 or 1 */
    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    /** @param i a value @return the number of one bits */
    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    /** @param i a value @return the zero bits above the highest one bit (64 for zero) */
    public static int numberOfLeadingZeros(long i) {
        int high = (int) (i >>> 32);
        return high != 0 ? Integer.numberOfLeadingZeros(high) : 32 + Integer.numberOfLeadingZeros((int) i);
    }

    /** @param i a value @return the zero bits below the lowest one bit (64 for zero) */
    public static int numberOfTrailingZeros(long i) {
        int low = (int) i;
        return low != 0 ? Integer.numberOfTrailingZeros(low) : 32 + Integer.numberOfTrailingZeros((int) (i >>> 32));
    }

    /** @param i a value @return only its highest one bit, or zero */
    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** @param i a value @return only its lowest one bit, or zero */
    public static long lowestOneBit(long i) {
        return i & -i;
    }

    /** @param i a value @return its bits in reverse order */
    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    /** @param i a value @return its bytes in reverse order */
    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    /** @param i a value @param distance bits @return i rotated left */
    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    /** @param i a value @param distance bits @return i rotated right */
    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /** @param value a value @return its hash code, the two halves xor-ed */
    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    /** @param a a value @param b a value @return a + b */
    public static long sum(long a, long b) {
        return a + b;
    }

    /** @param a a value @param b a value @return the larger */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** @param a a value @param b a value @return the smaller */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Long && ((Long) other).value == value;
    }

    @Override
    public int compareTo(Long other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return toString(value);
    }
}
