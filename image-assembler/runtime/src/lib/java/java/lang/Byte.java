package java.lang;

/** The boxed byte, with the JVM's value cache (every byte) and the usual static helpers. */
public final class Byte extends Number implements Comparable<Byte> {
    /** The smallest byte. */
    public static final byte MIN_VALUE = -128;
    /** The largest byte. */
    public static final byte MAX_VALUE = 127;
    /** Bits in a byte. */
    public static final int SIZE = 8;
    /** Bytes in a byte. */
    public static final int BYTES = 1;

    private final byte value;

    /** @param value the boxed value; prefer {@link #valueOf(byte)} */
    public Byte(byte value) {
        this.value = value;
    }

    /** The boxes valueOf hands out for -128..127, as the JVM does. */
    private static final class Cache {
        static final Byte[] BOXES = new Byte[256];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Byte((byte) (i - 128));
            }
        }

        private Cache() {
        }
    }

    /** @param v a value @return its box, always shared */
    public static Byte valueOf(byte v) {
        return Cache.BOXES[v + 128];
    }

    /** @param s decimal text @return its box @throws NumberFormatException when s is not a byte */
    public static Byte valueOf(String s) {
        return valueOf(parseByte(s, 10));
    }

    /** @param s decimal text @return its value @throws NumberFormatException when s is not a byte */
    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    /**
     * @param s text @param radix base
     * @return its value
     * @throws NumberFormatException with the JVM's message when s is not a byte in that base
     */
    public static byte parseByte(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
    }

    /** @param v a value @return its decimal form */
    public static String toString(byte v) {
        return Integer.toString(v);
    }

    /** @param x a value @param y a value @return x - y */
    public static int compare(byte x, byte y) {
        return x - y;
    }

    /** @param x a value @param y a value @return compare of both as unsigned values */
    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** @param v a value @return it as an unsigned int */
    public static int toUnsignedInt(byte v) {
        return v & 255;
    }

    /** @param v a value @return it as an unsigned long */
    public static long toUnsignedLong(byte v) {
        return v & 255L;
    }

    /** @param v a value @return its hash code: the value itself */
    public static int hashCode(byte v) {
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
    public byte byteValue() {
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
        return other instanceof Byte && ((Byte) other).value == value;
    }

    @Override
    public int compareTo(Byte other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
