package java.lang;

/** A field that code refers to no longer exists; javac's enum switch tables catch it. */
public class NoSuchFieldError extends IncompatibleClassChangeError {
    /** Creates one with no message. */
    public NoSuchFieldError() {
        super();
    }

    /** @param message the detail message */
    public NoSuchFieldError(String message) {
        super(message);
    }
}
