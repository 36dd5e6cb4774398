package java.nio.charset;

/** No support is available for a charset of a legal name. */
public class UnsupportedCharsetException extends IllegalArgumentException {
    private final String charsetName;

    /** @param charsetName the name, also the message */
    public UnsupportedCharsetException(String charsetName) {
        super(String.valueOf(charsetName));
        this.charsetName = charsetName;
    }

    /** @return the name of the charset */
    public String getCharsetName() {
        return charsetName;
    }
}
