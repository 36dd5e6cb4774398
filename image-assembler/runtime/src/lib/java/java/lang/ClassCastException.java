package java.lang;

/** A cast to a class the object is not an instance of. */
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
