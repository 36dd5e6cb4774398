package java.lang;

/**
 * Integer math helpers, and the floating-point helpers whose JDK versions read state Moka's class
 * does not have. The compiler completes this class from the JDK's own {@code Math}: every other
 * method ({@code floor}, {@code sin}, {@code pow}, {@code toRadians}...) is the JDK's bytecode, and
 * the transcendental functions end in the JDK's Java port of fdlibm, so they return what
 * {@code StrictMath} returns on HotSpot.
 */
public final class Math {
    /** The base of natural logarithms. */
    public static final double E = 2.718281828459045;
    /** The ratio of a circle's circumference to its diameter. */
    public static final double PI = 3.141592653589793;
    /** Twice {@link #PI}. */
    public static final double TAU = 2.0 * PI;

    private static final long NEGATIVE_ZERO_DOUBLE_BITS = Double.doubleToRawLongBits(-0.0d);
    private static final int NEGATIVE_ZERO_FLOAT_BITS = Float.floatToRawIntBits(-0.0f);

    private static java.util.Random randomNumbers;

    private Math() {
    }

    /** @return a uniformly distributed double in [0, 1), from a generator made on first use */
    public static double random() {
        if (randomNumbers == null) {
            randomNumbers = new java.util.Random();
        }
        return randomNumbers.nextDouble();
    }

    /** @param a a value @return its absolute value; -0.0 gives 0.0 and NaN stays NaN */
    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL);
    }

    /** @param a a value @return its absolute value; -0.0 gives 0.0 and NaN stays NaN */
    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    /** @param a a value @param b a value @return the larger; NaN if either is NaN, and 0.0 is larger than -0.0 */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) == NEGATIVE_ZERO_DOUBLE_BITS) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** @param a a value @param b a value @return the smaller; NaN if either is NaN, and -0.0 is smaller than 0.0 */
    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) == NEGATIVE_ZERO_DOUBLE_BITS) {
            return b;
        }
        return a <= b ? a : b;
    }

    /** @param a a value @param b a value @return the larger; NaN if either is NaN, and 0.0 is larger than -0.0 */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == NEGATIVE_ZERO_FLOAT_BITS) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** @param a a value @param b a value @return the smaller; NaN if either is NaN, and -0.0 is smaller than 0.0 */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == NEGATIVE_ZERO_FLOAT_BITS) {
            return b;
        }
        return a <= b ? a : b;
    }

    /** @param a a value @param b a value @return the smaller */
    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    /** @param a a value @param b a value @return the larger */
    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    /** @param a a value @return its absolute value (MIN_VALUE stays negative, as on the JVM) */
    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    /** @param a a value @return its absolute value @throws ArithmeticException for MIN_VALUE */
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    /** @param x a value @param y a value @return x + y @throws ArithmeticException on overflow */
    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** @param x a value @param y a value @return x - y @throws ArithmeticException on overflow */
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** @param a a value @return a + 1 @throws ArithmeticException on overflow */
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    /** @param a a value @return a - 1 @throws ArithmeticException on overflow */
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    /** @param a a value @return -a @throws ArithmeticException on overflow */
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward positive infinity */
    public static int ceilDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    /** @param x dividend @param y divisor @return the remainder matching ceilDiv */
    public static int ceilMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) > 0 && m != 0) {
            m -= y;
        }
        return m;
    }

    /** @param x dividend @param y divisor @return x / y @throws ArithmeticException for MIN_VALUE / -1 */
    public static int divideExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw new ArithmeticException("integer overflow");
        }
        return x / y;
    }

    /** @param a a value @param b a value @return the smaller */
    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** @param a a value @param b a value @return the larger */
    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /** @param a a value @return its absolute value (MIN_VALUE stays negative, as on the JVM) */
    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    /** @param a a value @return its absolute value @throws ArithmeticException for MIN_VALUE */
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    /** @param x a value @param y a value @return x + y @throws ArithmeticException on overflow */
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** @param x a value @param y a value @return x - y @throws ArithmeticException on overflow */
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** @param a a value @return a + 1 @throws ArithmeticException on overflow */
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1;
    }

    /** @param a a value @return a - 1 @throws ArithmeticException on overflow */
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1;
    }

    /** @param a a value @return -a @throws ArithmeticException on overflow */
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward positive infinity */
    public static long ceilDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    /** @param x dividend @param y divisor @return the remainder matching ceilDiv */
    public static long ceilMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) > 0 && m != 0) {
            m -= y;
        }
        return m;
    }

    /** @param x dividend @param y divisor @return x / y @throws ArithmeticException for MIN_VALUE / -1 */
    public static long divideExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw new ArithmeticException("long overflow");
        }
        return x / y;
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if ((ax | ay) >>> 31 != 0) {
            if (y != 0 && (r / y != x) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    /** @param x a value @param y a value @return the full product */
    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** @param x a value @param y a value @return the high 64 bits of the 128-bit product */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xffffffffL;
        long y1 = y >> 32;
        long y2 = y & 0xffffffffL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xffffffffL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    /** @param value a value @return it as an int @throws ArithmeticException when it does not fit */
    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    /**
     * @param value a value @param min lower bound @param max upper bound
     * @return value clamped to [min, max] @throws IllegalArgumentException when min &gt; max
     */
    public static int clamp(long value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return (int) Math.min(max, Math.max(value, min));
    }

    /**
     * @param value a value @param min lower bound @param max upper bound
     * @return value clamped to [min, max] @throws IllegalArgumentException when min &gt; max
     */
    public static long clamp(long value, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }
}
