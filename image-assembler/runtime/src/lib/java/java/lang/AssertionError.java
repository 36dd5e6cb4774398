package java.lang;

/** A failed assertion; javac compiles {@code assert} statements to {@code new AssertionError(detail)}. */
public class AssertionError extends Error {
    /** Creates one with no message. */
    public AssertionError() {
        super();
    }

    /** @param detail the message (its string form); when it is a throwable it also becomes the cause */
    public AssertionError(Object detail) {
        super(String.valueOf(detail));
        if (detail instanceof Throwable) {
            initCause((Throwable) detail);
        }
    }

    /** @param detail the message */
    public AssertionError(boolean detail) {
        super(String.valueOf(detail));
    }

    /** @param detail the message */
    public AssertionError(char detail) {
        super(String.valueOf(detail));
    }

    /** @param detail the message */
    public AssertionError(int detail) {
        super(String.valueOf(detail));
    }

    /** @param detail the message */
    public AssertionError(long detail) {
        super(String.valueOf(detail));
    }

    /** @param message the detail message @param cause the cause */
    public AssertionError(String message, Throwable cause) {
        super(message, cause);
    }
}
