package java.util;

/** A format specifier without a matching argument. */
public class MissingFormatArgumentException extends IllegalFormatException {
    private final String s;

    /** @param s what was wrong, shown in the message */
    public MissingFormatArgumentException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    /** @return what was wrong */
    public String getFormatSpecifier() {
        return s;
    }

    @Override
    public String getMessage() {
        return "Format specifier '" + s + "'";
    }
}
