package java.util;

/** A conversion character the formatter does not know. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private final String s;

    /** @param s what was wrong, shown in the message */
    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    /** @return what was wrong */
    public String getConversion() {
        return s;
    }

    @Override
    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
