package java.lang;

/** int helpers. */
public final class Integer {
    /** The smallest int. */
    public static final int MIN_VALUE = 0x80000000;
    /** The largest int. */
    public static final int MAX_VALUE = 0x7fffffff;

    private Integer() {
    }

    /** @param i a value @return its decimal form */
    public static String toString(int i) {
        return Long.toString(i);
    }

    /** @param i a value @return its unsigned hexadecimal form, lower case, no leading zeros */
    public static String toHexString(int i) {
        return Long.toHexString(i & 0xffffffffL);
    }
}
