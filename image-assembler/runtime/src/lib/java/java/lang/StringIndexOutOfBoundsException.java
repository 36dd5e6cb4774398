package java.lang;

/** An index outside a string or string builder. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** Creates one with no message. */
    public StringIndexOutOfBoundsException() {
        super();
    }

    /** @param message the detail message */
    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** @param index the bad index; the message is the JVM's "String index out of range: " and the index */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
