package java.util;

/** A %c argument that is not a valid Unicode code point. */
public class IllegalFormatCodePointException extends IllegalFormatException {
    private final int c;

    /** @param c what was wrong, shown in the message */
    public IllegalFormatCodePointException(int c) {
        this.c = c;
    }

    /** @return what was wrong */
    public int getCodePoint() {
        return c;
    }

    @Override
    public String getMessage() {
        return "Code point = 0x" + Integer.toHexString(c);
    }
}
