package java.lang;

/** A string index outside the string. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** Creates one with no message. */
    public StringIndexOutOfBoundsException() {
        super();
    }

    /** @param message the detail message */
    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }
}
