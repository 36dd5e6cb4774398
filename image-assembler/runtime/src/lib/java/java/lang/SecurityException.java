package java.lang;

/** A security violation. */
public class SecurityException extends RuntimeException {
    /** Creates one with no message. */
    public SecurityException() {
        super();
    }

    /** @param message the detail message */
    public SecurityException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public SecurityException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public SecurityException(Throwable cause) {
        super(cause);
    }
}
