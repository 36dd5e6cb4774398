package java.lang;

/** The common superclass of the boxed number types. */
public abstract class Number {
    /** Creates a number. */
    public Number() {
    }

    /** @return the value as an int, truncated when it does not fit */
    public abstract int intValue();

    /** @return the value as a long */
    public abstract long longValue();

    /** @return the value as a float, rounded */
    public abstract float floatValue();

    /** @return the value as a double */
    public abstract double doubleValue();

    /** @return the value as a byte, truncated */
    public byte byteValue() {
        return (byte) intValue();
    }

    /** @return the value as a short, truncated */
    public short shortValue() {
        return (short) intValue();
    }
}
