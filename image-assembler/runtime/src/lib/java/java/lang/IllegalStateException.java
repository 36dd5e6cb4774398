package java.lang;

/** A method was called at a time it cannot be. */
public class IllegalStateException extends RuntimeException {
    /** Creates one with no message. */
    public IllegalStateException() {
        super();
    }

    /** @param message the detail message */
    public IllegalStateException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
