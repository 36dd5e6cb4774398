package java.lang;

/** The object does not support the requested operation (for example an unmodifiable collection). */
public class UnsupportedOperationException extends RuntimeException {
    /** Creates one with no message. */
    public UnsupportedOperationException() {
        super();
    }

    /** @param message the detail message */
    public UnsupportedOperationException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
