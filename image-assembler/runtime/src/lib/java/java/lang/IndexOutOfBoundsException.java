package java.lang;

/** An index outside the valid range of a list, string or array. */
public class IndexOutOfBoundsException extends RuntimeException {
    /** Creates one with no message. */
    public IndexOutOfBoundsException() {
        super();
    }

    /** @param message the detail message */
    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    /** @param index the bad index; the message is "Index out of range: " and the index, as on the JVM */
    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }

    /** @param index the bad index; the message is "Index out of range: " and the index, as on the JVM */
    public IndexOutOfBoundsException(long index) {
        super("Index out of range: " + index);
    }
}
