package java.util;

/** An unknown flag. */
public class UnknownFormatFlagsException extends IllegalFormatException {
    private final String f;

    /** @param f what was wrong, shown in the message */
    public UnknownFormatFlagsException(String f) {
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
        return "Flags = " + f;
    }
}
