package java.lang;

/**
 * The root of exceptions and errors. There are no stack traces in a compiled image: a throwable
 * carries its message, its cause and the exceptions suppressed by try-with-resources.
 */
public class Throwable {
    private final String detailMessage;
    /** The cause; {@code this} means "not set yet", so that initCause works once, as on the JVM. */
    private Throwable cause = this;
    private Throwable[] suppressed;
    private int suppressedCount;

    /** Creates a throwable with no message. */
    public Throwable() {
        this.detailMessage = null;
    }

    /** @param message the detail message */
    public Throwable(String message) {
        this.detailMessage = message;
    }

    /** @param message the detail message @param cause the cause, may be null */
    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
    }

    /** @param cause the cause, may be null; the message becomes its toString */
    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    /** @return the detail message, or null */
    public String getMessage() {
        return detailMessage;
    }

    /** @return the message for the user's locale: the detail message here */
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** @return the cause, or null when it is unknown or not set */
    public Throwable getCause() {
        return cause == this ? null : cause;
    }

    /**
     * @param cause the cause
     * @return this
     * @throws IllegalStateException when the cause was already set, by a constructor or initCause
     * @throws IllegalArgumentException when cause is this throwable
     */
    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()),
                    this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    /**
     * @param exception an exception suppressed while this one was being thrown
     * @throws IllegalArgumentException when it is this throwable
     * @throws NullPointerException when it is null
     */
    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == null) {
            suppressed = new Throwable[2];
        } else if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            for (int i = 0; i < suppressedCount; i++) {
                bigger[i] = suppressed[i];
            }
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    /** @return a new array with the suppressed exceptions, oldest first */
    public final Throwable[] getSuppressed() {
        Throwable[] copy = new Throwable[suppressedCount];
        for (int i = 0; i < suppressedCount; i++) {
            copy[i] = suppressed[i];
        }
        return copy;
    }

    /** @return this; an image records no stack traces */
    public Throwable fillInStackTrace() {
        return this;
    }

    /** Writes this throwable and its chain of causes to the error console, without stack frames. */
    public void printStackTrace() {
        MokaRuntime.printError(toString());
        MokaRuntime.writeError('\n');
        Throwable seen = this;
        Throwable c = getCause();
        while (c != null && c != seen) {
            MokaRuntime.printError("Caused by: ");
            MokaRuntime.printError(c.toString());
            MokaRuntime.writeError('\n');
            seen = c;
            c = c.getCause();
        }
    }

    /** @return the class name, then ": " and the localized message when there is one, as on the JVM */
    @Override
    public String toString() {
        String name = MokaRuntime.className(this);
        String message = getLocalizedMessage();
        return message == null ? name : name + ": " + message;
    }
}
