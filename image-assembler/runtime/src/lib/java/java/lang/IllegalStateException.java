package java.lang;

/** A method called at the wrong time. */
public class IllegalStateException extends RuntimeException {
    /** Creates one with no message. */
    public IllegalStateException() {
        super();
    }

    /** @param message the detail message */
    public IllegalStateException(String message) {
        super(message);
    }
}
