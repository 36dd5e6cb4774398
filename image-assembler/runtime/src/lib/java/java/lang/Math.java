package java.lang;

/** Integer math helpers. */
public final class Math {
    private Math() {
    }

    /** @param a a value @param b a value @return the smaller */
    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    /** @param a a value @param b a value @return the larger */
    public static int max(int a, int b) {
        return a >= b ? a : b;
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
    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    /** @param a a value @return its absolute value (MIN_VALUE stays negative, as on the JVM) */
    public static long abs(long a) {
        return a < 0 ? -a : a;
    }
}
