package java.util;

/** A flag given twice in one specifier. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private final String f;

    /** @param f what was wrong, shown in the message */
    public DuplicateFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.f = f;
    }

    /** @return what was wrong */
    public String getFlags() {
        return f;
    }

    @Override
    public String getMessage() {
        return "Flags = '" + f + "'";
    }
}
