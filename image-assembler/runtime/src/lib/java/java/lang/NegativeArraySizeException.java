package java.lang;

/** An array was created with a negative length. */
public class NegativeArraySizeException extends RuntimeException {
    /** Creates one with no message. */
    public NegativeArraySizeException() {
        super();
    }

    /** @param message the detail message */
    public NegativeArraySizeException(String message) {
        super(message);
    }
}
