package java.lang;

/** The boxed int, with the JVM's value cache for -128..127 and the usual static helpers. */
public final class Integer extends Number implements Comparable<Integer> {
    /** The smallest int. */
    public static final int MIN_VALUE = 0x80000000;
    /** The largest int. */
    public static final int MAX_VALUE = 0x7fffffff;
    /** Bits in an int. */
    public static final int SIZE = 32;
    /** Bytes in an int. */
    public static final int BYTES = 4;

    private final int value;

    /** @param value the boxed value; prefer {@link #valueOf(int)} */
    public Integer(int value) {
        this.value = value;
    }

    /** The boxes valueOf hands out for -128..127, as the JLS requires. */
    private static final class Cache {
        static final Integer[] BOXES = new Integer[256];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Integer(i - 128);
            }
        }

        private Cache() {
        }
    }

    /** @param i a value @return its box, shared for -128..127 */
    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) {
            return Cache.BOXES[i + 128];
        }
        return new Integer(i);
    }

    /** @param s decimal text @return its box @throws NumberFormatException when s is not an int */
    public static Integer valueOf(String s) {
        return valueOf(parseInt(s, 10));
    }

    /** @param s text @param radix base @return its box @throws NumberFormatException when s is not an int */
    public static Integer valueOf(String s, int radix) {
        return valueOf(parseInt(s, radix));
    }

    /** @param s decimal text @return its value @throws NumberFormatException when s is not an int */
    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /**
     * @param s     text: an optional sign, then digits of the radix
     * @param radix base, 2..36
     * @return its value
     * @throws NumberFormatException with the JVM's message when s is not an int in that base
     */
    public static int parseInt(String s, int radix) {
        return (int) Long.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /** @param i a value @return its decimal form */
    public static String toString(int i) {
        return Long.toString(i);
    }

    /** @param i a value @param radix base (10 when outside 2..36) @return its signed form, lower-case digits */
    public static String toString(int i, int radix) {
        return Long.toString(i, radix);
    }

    /** @param i a value @return its unsigned hexadecimal form, lower case, no leading zeros */
    public static String toHexString(int i) {
        return Long.toUnsigned(i & 0xffffffffL, 4);
    }

    /** @param i a value @return its unsigned octal form */
    public static String toOctalString(int i) {
        return Long.toUnsigned(i & 0xffffffffL, 3);
    }

    /** @param i a value @return its unsigned binary form */
    public static String toBinaryString(int i) {
        return Long.toUnsigned(i & 0xffffffffL, 1);
    }

    /** @param i a value @return its unsigned decimal form */
    public static String toUnsignedString(int i) {
        return Long.toString(i & 0xffffffffL);
    }

    /** @param i a value @return it as an unsigned long */
    public static long toUnsignedLong(int i) {
        return i & 0xffffffffL;
    }

    /** @param x a value @param y a value @return negative, zero or positive as x is below, equal to or above y */
    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** @param x a value @param y a value @return compare of both as unsigned values */
    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** @param dividend unsigned @param divisor unsigned @return the unsigned quotient */
    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    /** @param dividend unsigned @param divisor unsigned @return the unsigned remainder */
    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    /** @param i a value @return -1, 0 or 1 */
    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    /** @param i a value @return the number of one bits */
    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    /** @param i a value @return the zero bits above the highest one bit (32 for zero) */
    public static int numberOfLeadingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        while (i > 0) {
            i <<= 1;
            n++;
        }
        return n;
    }

    /** @param i a value @return the zero bits below the lowest one bit (32 for zero) */
    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        while ((i & 1) == 0) {
            i >>>= 1;
            n++;
        }
        return n;
    }

    /** @param i a value @return only its highest one bit, or zero */
    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** @param i a value @return only its lowest one bit, or zero */
    public static int lowestOneBit(int i) {
        return i & -i;
    }

    /** @param i a value @return its bits in reverse order */
    public static int reverse(int i) {
        int r = 0;
        for (int k = 0; k < 32; k++) {
            r = (r << 1) | (i & 1);
            i >>>= 1;
        }
        return r;
    }

    /** @param i a value @return its bytes in reverse order */
    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    /** @param i a value @param distance bits @return i rotated left */
    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    /** @param i a value @param distance bits @return i rotated right */
    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /** @param value a value @return its hash code: the value itself */
    public static int hashCode(int value) {
        return value;
    }

    /** @param a a value @param b a value @return a + b */
    public static int sum(int a, int b) {
        return a + b;
    }

    /** @param a a value @param b a value @return the larger */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** @param a a value @param b a value @return the smaller */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    @Override
    public int intValue() {
        return value;
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
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Integer && ((Integer) other).value == value;
    }

    @Override
    public int compareTo(Integer other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return toString(value);
    }
}
