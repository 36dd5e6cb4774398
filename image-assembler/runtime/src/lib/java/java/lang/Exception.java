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
}
