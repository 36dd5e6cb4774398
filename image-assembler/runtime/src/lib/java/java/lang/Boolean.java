package java.lang;

/** The boxed boolean: exactly two boxes, TRUE and FALSE, as valueOf returns them. */
public final class Boolean implements Comparable<Boolean> {
    /** The box of true. */
    public static final Boolean TRUE = new Boolean(true);
    /** The box of false. */
    public static final Boolean FALSE = new Boolean(false);

    private final boolean value;

    /** @param value the boxed value; prefer {@link #valueOf(boolean)} */
    public Boolean(boolean value) {
        this.value = value;
    }

    /** @param b a value @return TRUE or FALSE */
    public static Boolean valueOf(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** @param s text @return TRUE when s is "true" in any case, else FALSE */
    public static Boolean valueOf(String s) {
        return valueOf(parseBoolean(s));
    }

    /** @param s text, may be null @return whether s is "true" in any case */
    public static boolean parseBoolean(String s) {
        return "true".equalsIgnoreCase(s);
    }

    /** @param b a value @return "true" or "false" */
    public static String toString(boolean b) {
        return b ? "true" : "false";
    }

    /** @param b a value @return 1231 for true, 1237 for false, as on the JVM */
    public static int hashCode(boolean b) {
        return b ? 1231 : 1237;
    }

    /** @param x a value @param y a value @return 0 when equal, else positive when x is true */
    public static int compare(boolean x, boolean y) {
        return x == y ? 0 : (x ? 1 : -1);
    }

    /** @param a a value @param b a value @return a and b */
    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    /** @param a a value @param b a value @return a or b */
    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    /** @param a a value @param b a value @return a xor b */
    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }

    /** @return the boxed value */
    public boolean booleanValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Boolean && ((Boolean) other).value == value;
    }

    @Override
    public int compareTo(Boolean other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return toString(value);
    }
}
