package java.util;

/** A precision the conversion does not take, or one out of range. */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private final int p;

    /** @param p what was wrong, shown in the message */
    public IllegalFormatPrecisionException(int p) {
        this.p = p;
    }

    /** @return what was wrong */
    public int getPrecision() {
        return p;
    }

    @Override
    public String getMessage() {
        return Integer.toString(p);
    }
}
