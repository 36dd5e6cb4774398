package java.lang;

/** A store of the wrong type of object into an array of references. */
public class ArrayStoreException extends RuntimeException {
    /** Creates one with no message. */
    public ArrayStoreException() {
        super();
    }

    /** @param message the detail message */
    public ArrayStoreException(String message) {
        super(message);
    }
}
