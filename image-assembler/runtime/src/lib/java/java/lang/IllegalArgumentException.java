package java.lang;

/** A method was passed an argument it does not accept. */
public class IllegalArgumentException extends RuntimeException {
    /** Creates one with no message. */
    public IllegalArgumentException() {
        super();
    }

    /** @param message the detail message */
    public IllegalArgumentException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public IllegalArgumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public IllegalArgumentException(Throwable cause) {
        super(cause);
    }
}
