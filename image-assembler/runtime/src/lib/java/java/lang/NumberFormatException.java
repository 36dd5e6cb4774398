package java.lang;

/** Text that does not have the form of a number of the requested type. */
public class NumberFormatException extends IllegalArgumentException {
    /** Creates one with no message. */
    public NumberFormatException() {
        super();
    }

    /** @param message the detail message */
    public NumberFormatException(String message) {
        super(message);
    }
}
