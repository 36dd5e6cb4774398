package java.lang;

/** An arithmetic error, such as integer division by zero. */
public class ArithmeticException extends RuntimeException {
    /** Creates one with no message. */
    public ArithmeticException() {
        super();
    }

    /** @param message the detail message */
    public ArithmeticException(String message) {
        super(message);
    }
}
