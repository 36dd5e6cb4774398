package java.lang;

/** Common superclass of the exceptions of reflective operations. */
public class ReflectiveOperationException extends Exception {
    /** Creates one with no message. */
    public ReflectiveOperationException() {
        super();
    }

    /** @param message the detail message */
    public ReflectiveOperationException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public ReflectiveOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public ReflectiveOperationException(Throwable cause) {
        super(cause);
    }
}
