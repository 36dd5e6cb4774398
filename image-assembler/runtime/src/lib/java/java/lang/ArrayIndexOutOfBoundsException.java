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

    /** @param index the bad index; the message is the JVM's "Array index out of range: " and the index */
    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
