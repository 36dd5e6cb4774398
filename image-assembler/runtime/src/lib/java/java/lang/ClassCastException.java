package java.lang;

/** A cast to a type the object does not have. */
public class ClassCastException extends RuntimeException {
    /** Creates one with no message. */
    public ClassCastException() {
        super();
    }

    /** @param message the detail message */
    public ClassCastException(String message) {
        super(message);
    }
}
