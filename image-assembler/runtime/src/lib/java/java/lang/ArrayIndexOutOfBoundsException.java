package java.lang;

/** An array index outside the array. */
public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** Creates one with no message. */
    public ArrayIndexOutOfBoundsException() {
        super();
    }

    /** @param message the detail message */
    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }
}
