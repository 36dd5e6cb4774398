package java.util;

/** A width the conversion does not take, or one out of range. */
public class IllegalFormatWidthException extends IllegalFormatException {
    private final int w;

    /** @param w what was wrong, shown in the message */
    public IllegalFormatWidthException(int w) {
        this.w = w;
    }

    /** @return what was wrong */
    public int getWidth() {
        return w;
    }

    @Override
    public String getMessage() {
        return Integer.toString(w);
    }
}
