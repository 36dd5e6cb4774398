package java.lang;

/** Object.clone on an object that does not support cloning. */
public class CloneNotSupportedException extends Exception {
    /** Creates one with no message. */
    public CloneNotSupportedException() {
        super();
    }

    /** @param message the detail message */
    public CloneNotSupportedException(String message) {
        super(message);
    }
}
