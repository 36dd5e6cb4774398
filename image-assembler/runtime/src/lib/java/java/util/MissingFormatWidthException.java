package java.util;

/** A specifier that needs a width but has none. */
public class MissingFormatWidthException extends IllegalFormatException {
    private final String s;

    /** @param s what was wrong, shown in the message */
    public MissingFormatWidthException(String s) {
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
        return s;
    }
}
