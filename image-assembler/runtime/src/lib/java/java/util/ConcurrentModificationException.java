package java.util;

/** A collection was structurally modified while it was being iterated. */
public class ConcurrentModificationException extends RuntimeException {
    /** Creates one with no message. */
    public ConcurrentModificationException() {
        super();
    }

    /** @param message the detail message */
    public ConcurrentModificationException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public ConcurrentModificationException(Throwable cause) {
        super(cause);
    }
}
