package java.lang;

/** A class depends on another that changed incompatibly. */
public class LinkageError extends Error {
    /** Creates one with no message. */
    public LinkageError() {
        super();
    }

    /** @param message the detail message */
    public LinkageError(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
