package java.lang;

/** An index outside its range. */
public class IndexOutOfBoundsException extends RuntimeException {
    /** Creates one with no message. */
    public IndexOutOfBoundsException() {
        super();
    }

    /** @param message the detail message */
    public IndexOutOfBoundsException(String message) {
        super(message);
    }
}
