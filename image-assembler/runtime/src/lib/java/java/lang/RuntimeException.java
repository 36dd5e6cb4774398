package java.lang;

/** Unchecked exceptions. */
public class RuntimeException extends Exception {
    /** Creates one with no message. */
    public RuntimeException() {
        super();
    }

    /** @param message the detail message */
    public RuntimeException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public RuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public RuntimeException(Throwable cause) {
        super(cause);
    }
}
