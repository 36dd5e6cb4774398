package java.util;

/** There is no such element (an iterator is exhausted, a collection is empty...). */
public class NoSuchElementException extends RuntimeException {
    /** Creates one with no message. */
    public NoSuchElementException() {
        super();
    }

    /** @param message the detail message */
    public NoSuchElementException(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public NoSuchElementException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
