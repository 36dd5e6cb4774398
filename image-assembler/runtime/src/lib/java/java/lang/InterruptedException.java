package java.lang;

/** A waiting thread was interrupted. */
public class InterruptedException extends Exception {
    /** Creates one with no message. */
    public InterruptedException() {
        super();
    }

    /** @param message the detail message */
    public InterruptedException(String message) {
        super(message);
    }
}
