package java.nio.charset;

/** A string that is not a legal charset name was used as one. */
public class IllegalCharsetNameException extends IllegalArgumentException {
    private final String charsetName;

    /** @param charsetName the name, also the message */
    public IllegalCharsetNameException(String charsetName) {
        super(String.valueOf(charsetName));
        this.charsetName = charsetName;
    }

    /** @return the illegal name */
    public String getCharsetName() {
        return charsetName;
    }
}
