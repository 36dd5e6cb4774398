package java.util;

/** An argument whose type the conversion cannot format. */
public class IllegalFormatConversionException extends IllegalFormatException {
    private final char c;
    private final Class<?> arg;

    /** @param c the conversion @param arg the class of the argument */
    public IllegalFormatConversionException(char c, Class<?> arg) {
        if (arg == null) {
            throw new NullPointerException();
        }
        this.c = c;
        this.arg = arg;
    }

    /** @return the conversion */
    public char getConversion() {
        return c;
    }

    /** @return the class of the argument */
    public Class<?> getArgumentClass() {
        return arg;
    }

    @Override
    public String getMessage() {
        return c + " != " + arg.getName();
    }
}
