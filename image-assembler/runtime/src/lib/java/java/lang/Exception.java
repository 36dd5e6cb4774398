package java.lang;

/** Conditions a program may want to catch. */
public class Exception extends Throwable {
    /** Creates one with no message. */
    public Exception() {
        super();
    }

    /** @param message the detail message */
    public Exception(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public Exception(Throwable cause) {
        super(cause);
    }
}
