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
}
