package java.lang;

/** A class changed incompatibly after the code that uses it was compiled. */
public class IncompatibleClassChangeError extends LinkageError {
    /** Creates one with no message. */
    public IncompatibleClassChangeError() {
        super();
    }

    /** @param message the detail message */
    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
