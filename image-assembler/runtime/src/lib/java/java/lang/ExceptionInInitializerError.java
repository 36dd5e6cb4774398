package java.lang;

/** An exception happened in a static initialiser. */
public class ExceptionInInitializerError extends LinkageError {
    /** Creates one with no message. */
    public ExceptionInInitializerError() {
        super();
    }

    /** @param message the detail message */
    public ExceptionInInitializerError(String message) {
        super(message);
    }
}
