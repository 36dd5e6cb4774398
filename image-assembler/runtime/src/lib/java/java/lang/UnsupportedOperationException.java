package java.lang;

/** An operation the object does not support. */
public class UnsupportedOperationException extends RuntimeException {
    /** Creates one with no message. */
    public UnsupportedOperationException() {
        super();
    }

    /** @param message the detail message */
    public UnsupportedOperationException(String message) {
        super(message);
    }
}
