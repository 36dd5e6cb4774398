package java.lang;

/** The root of exceptions and errors. */
public class Throwable {
    private final String message;

    /** Creates a throwable with no message. */
    public Throwable() {
        this.message = null;
    }

    /** @param message the detail message */
    public Throwable(String message) {
        this.message = message;
    }

    /** @return the detail message, or null */
    public String getMessage() {
        return message;
    }

    /** @return the class name, then ": " and the message when there is one, as on the JVM */
    @Override
    public String toString() {
        String name = MokaRuntime.className(this);
        return message == null ? name : name + ": " + message;
    }
}
