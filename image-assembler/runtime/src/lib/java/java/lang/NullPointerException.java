package java.lang;

/** A null reference was used where an object is required. */
public class NullPointerException extends RuntimeException {
    /** Creates one with no message. */
    public NullPointerException() {
        super();
    }

    /** @param message the detail message */
    public NullPointerException(String message) {
        super(message);
    }
}
