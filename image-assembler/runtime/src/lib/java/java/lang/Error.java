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

    /** @param message the detail message @param cause the cause */
    public Error(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public Error(Throwable cause) {
        super(cause);
    }
}
