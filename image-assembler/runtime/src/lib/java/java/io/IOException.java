package java.io;

/** An input or output operation failed. */
public class IOException extends Exception {
    /** Creates one with no message. */
    public IOException() {
        super();
    }

    /** @param message the detail message */
    public IOException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public IOException(Throwable cause) {
        super(cause);
    }
}
