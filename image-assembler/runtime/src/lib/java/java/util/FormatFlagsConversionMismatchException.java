package java.util;

/** A flag that the conversion does not accept. */
public class FormatFlagsConversionMismatchException extends IllegalFormatException {
    private final String f;
    private final char c;

    /** @param f the flag @param c the conversion */
    public FormatFlagsConversionMismatchException(String f, char c) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.f = f;
        this.c = c;
    }

    /** @return the flag */
    public String getFlags() {
        return f;
    }

    /** @return the conversion */
    public char getConversion() {
        return c;
    }

    @Override
    public String getMessage() {
        return "Conversion = " + c + ", Flags = " + f;
    }
}
