package java.lang;

/**
 * The integer half of StrictMath, the same as Math's, which is exact already. The compiler completes
 * this class from the JDK's own {@code StrictMath}: the floating-point functions (those it lacks, and
 * those declared native here) are the JDK's bytecode, its Java port of fdlibm.
 */
public final class StrictMath {
    private StrictMath() {
    }

    /*
     * Declared native so that library code can call them: the compiler compiles the JDK's StrictMath
     * method in the place of a native method of this class (and calls to sqrt become the processor's
     * square root instruction).
     */

    /** @param a a value @return its correctly rounded square root */
    public static native double sqrt(double a);

    /** @param a a value @return its natural logarithm */
    public static native double log(double a);

    /** @param a a value @param b a value @return the smaller */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    /** @param a a value @param b a value @return the larger */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** @param a a value @return its absolute value (MIN_VALUE stays negative, as on the JVM) */
    public static int abs(int a) {
        return Math.abs(a);
    }

    /** @param a a value @return its absolute value @throws ArithmeticException for MIN_VALUE */
    public static int absExact(int a) {
        return Math.absExact(a);
    }

    /** @param x a value @param y a value @return x + y @throws ArithmeticException on overflow */
    public static int addExact(int x, int y) {
        return Math.addExact(x, y);
    }

    /** @param x a value @param y a value @return x - y @throws ArithmeticException on overflow */
    public static int subtractExact(int x, int y) {
        return Math.subtractExact(x, y);
    }

    /** @param a a value @return a + 1 @throws ArithmeticException on overflow */
    public static int incrementExact(int a) {
        return Math.incrementExact(a);
    }

    /** @param a a value @return a - 1 @throws ArithmeticException on overflow */
    public static int decrementExact(int a) {
        return Math.decrementExact(a);
    }

    /** @param a a value @return -a @throws ArithmeticException on overflow */
    public static int negateExact(int a) {
        return Math.negateExact(a);
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static int floorDiv(int x, int y) {
        return Math.floorDiv(x, y);
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static int floorMod(int x, int y) {
        return Math.floorMod(x, y);
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward positive infinity */
    public static int ceilDiv(int x, int y) {
        return Math.ceilDiv(x, y);
    }

    /** @param x dividend @param y divisor @return the remainder matching ceilDiv */
    public static int ceilMod(int x, int y) {
        return Math.ceilMod(x, y);
    }

    /** @param x dividend @param y divisor @return x / y @throws ArithmeticException for MIN_VALUE / -1 */
    public static int divideExact(int x, int y) {
        return Math.divideExact(x, y);
    }

    /** @param a a value @param b a value @return the smaller */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    /** @param a a value @param b a value @return the larger */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** @param a a value @return its absolute value (MIN_VALUE stays negative, as on the JVM) */
    public static long abs(long a) {
        return Math.abs(a);
    }

    /** @param a a value @return its absolute value @throws ArithmeticException for MIN_VALUE */
    public static long absExact(long a) {
        return Math.absExact(a);
    }

    /** @param x a value @param y a value @return x + y @throws ArithmeticException on overflow */
    public static long addExact(long x, long y) {
        return Math.addExact(x, y);
    }

    /** @param x a value @param y a value @return x - y @throws ArithmeticException on overflow */
    public static long subtractExact(long x, long y) {
        return Math.subtractExact(x, y);
    }

    /** @param a a value @return a + 1 @throws ArithmeticException on overflow */
    public static long incrementExact(long a) {
        return Math.incrementExact(a);
    }

    /** @param a a value @return a - 1 @throws ArithmeticException on overflow */
    public static long decrementExact(long a) {
        return Math.decrementExact(a);
    }

    /** @param a a value @return -a @throws ArithmeticException on overflow */
    public static long negateExact(long a) {
        return Math.negateExact(a);
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static long floorDiv(long x, long y) {
        return Math.floorDiv(x, y);
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static long floorMod(long x, long y) {
        return Math.floorMod(x, y);
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward positive infinity */
    public static long ceilDiv(long x, long y) {
        return Math.ceilDiv(x, y);
    }

    /** @param x dividend @param y divisor @return the remainder matching ceilDiv */
    public static long ceilMod(long x, long y) {
        return Math.ceilMod(x, y);
    }

    /** @param x dividend @param y divisor @return x / y @throws ArithmeticException for MIN_VALUE / -1 */
    public static long divideExact(long x, long y) {
        return Math.divideExact(x, y);
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static int multiplyExact(int x, int y) {
        return Math.multiplyExact(x, y);
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static long multiplyExact(long x, int y) {
        return Math.multiplyExact(x, y);
    }

    /** @param x a value @param y a value @return x * y @throws ArithmeticException on overflow */
    public static long multiplyExact(long x, long y) {
        return Math.multiplyExact(x, y);
    }

    /** @param x a value @param y a value @return the full product */
    public static long multiplyFull(int x, int y) {
        return Math.multiplyFull(x, y);
    }

    /** @param x a value @param y a value @return the high 64 bits of the 128-bit product */
    public static long multiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y);
    }

    /** @param value a value @return it as an int @throws ArithmeticException when it does not fit */
    public static int toIntExact(long value) {
        return Math.toIntExact(value);
    }

    /** @param x dividend @param y divisor @return the quotient rounded toward negative infinity */
    public static long floorDiv(long x, int y) {
        return Math.floorDiv(x, y);
    }

    /** @param x dividend @param y divisor @return the remainder with the divisor's sign */
    public static int floorMod(long x, int y) {
        return Math.floorMod(x, y);
    }

    /**
     * @param value a value @param min lower bound @param max upper bound
     * @return value clamped to [min, max] @throws IllegalArgumentException when min &gt; max
     */
    public static int clamp(long value, int min, int max) {
        return Math.clamp(value, min, max);
    }

    /**
     * @param value a value @param min lower bound @param max upper bound
     * @return value clamped to [min, max] @throws IllegalArgumentException when min &gt; max
     */
    public static long clamp(long value, long min, long max) {
        return Math.clamp(value, min, max);
    }
}
