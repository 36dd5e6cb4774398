package java.lang;

/** Serious problems a program should not try to catch. */
public class Error extends Throwable {
    /** Creates one with no message. */
    public Error() {
        super();
    }

    /** @param message the detail message */
    public Error(String message) {
        super(message);
    }
}
