package java.io;

/** A character encoding named by a string is not supported. */
public class UnsupportedEncodingException extends IOException {
    /** Creates one with no message. */
    public UnsupportedEncodingException() {
        super();
    }

    /** @param message the detail message, the encoding's name as the JDK gives it */
    public UnsupportedEncodingException(String message) {
        super(message);
    }
}
