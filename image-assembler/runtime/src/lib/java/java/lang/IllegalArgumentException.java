package java.lang;

/** A method called with a bad argument. */
public class IllegalArgumentException extends RuntimeException {
    /** Creates one with no message. */
    public IllegalArgumentException() {
        super();
    }

    /** @param message the detail message */
    public IllegalArgumentException(String message) {
        super(message);
    }
}
