package java.lang;

/** The boxed short, with the JVM's value cache for -128..127 and the usual static helpers. */
public final class Short extends Number implements Comparable<Short> {
    /** The smallest short. */
    public static final short MIN_VALUE = -32768;
    /** The largest short. */
    public static final short MAX_VALUE = 32767;
    /** Bits in a short. */
    public static final int SIZE = 16;
    /** Bytes in a short. */
    public static final int BYTES = 2;

    private final short value;

    /** @param value the boxed value; prefer {@link #valueOf(short)} */
    public Short(short value) {
        this.value = value;
    }

    /** The boxes valueOf hands out for -128..127, as the JVM does. */
    private static final class Cache {
        static final Short[] BOXES = new Short[256];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Short((short) (i - 128));
            }
        }

        private Cache() {
        }
    }

    /** @param v a value @return its box, shared for -128..127 */
    public static Short valueOf(short v) {
        if (v >= -128 && v <= 127) {
            return Cache.BOXES[v + 128];
        }
        return new Short(v);
    }

    /** @param s decimal text @return its box @throws NumberFormatException when s is not a short */
    public static Short valueOf(String s) {
        return valueOf(parseShort(s, 10));
    }

    /** @param s decimal text @return its value @throws NumberFormatException when s is not a short */
    public static short parseShort(String s) {
        return parseShort(s, 10);
    }

    /**
     * @param s text @param radix base
     * @return its value
     * @throws NumberFormatException with the JVM's message when s is not a short in that base
     */
    public static short parseShort(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) i;
    }

    /** @param v a value @return its decimal form */
    public static String toString(short v) {
        return Integer.toString(v);
    }

    /** @param x a value @param y a value @return x - y */
    public static int compare(short x, short y) {
        return x - y;
    }

    /** @param x a value @param y a value @return compare of both as unsigned values */
    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** @param v a value @return it as an unsigned int */
    public static int toUnsignedInt(short v) {
        return v & 65535;
    }

    /** @param v a value @return it as an unsigned long */
    public static long toUnsignedLong(short v) {
        return v & 65535L;
    }

    /** @param v a value @return its two bytes swapped */
    public static short reverseBytes(short v) {
        return (short) (((v & 0xff) << 8) | ((v >> 8) & 0xff));
    }

    /** @param v a value @return its hash code: the value itself */
    public static int hashCode(short v) {
        return v;
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
    public short shortValue() {
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
        return other instanceof Short && ((Short) other).value == value;
    }

    @Override
    public int compareTo(Short other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
