package java.util;

/** A combination of flags that cannot go together. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private final String f;

    /** @param f what was wrong, shown in the message */
    public IllegalFormatFlagsException(String f) {
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
