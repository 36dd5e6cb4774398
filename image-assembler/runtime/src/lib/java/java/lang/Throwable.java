package java.lang;

/**
 * The root of exceptions and errors: a message, a cause, the exceptions suppressed by
 * try-with-resources, and the stack trace recorded when it was created (code addresses and which
 * activation at each, see {@link MokaStackTrace}, turned into {@code Class.method(File.java:line)}
 * only when asked for).
 */
public class Throwable {
    private final String detailMessage;
    /** The cause; {@code this} means "not set yet", so that initCause works once, as on the JVM. */
    private Throwable cause = this;
    private Throwable[] suppressed;
    private int suppressedCount;
    /** Pairs (code address, depth of the activation at it), innermost frame first. */
    private long[] stackTrace;

    /** Creates a throwable with no message. */
    public Throwable() {
        this.detailMessage = null;
        fillInStackTrace();
    }

    /** @param message the detail message */
    public Throwable(String message) {
        this.detailMessage = message;
        fillInStackTrace();
    }

    /** @param message the detail message @param cause the cause, may be null */
    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
        fillInStackTrace();
    }

    /** @param cause the cause, may be null; the message becomes its toString */
    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        fillInStackTrace();
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

    /** Records the current call stack as this throwable's trace. @return this */
    public Throwable fillInStackTrace() {
        stackTrace = MokaStackTrace.capture();
        return this;
    }

    /** @return a new array with the frames recorded when this throwable was created, innermost first */
    public StackTraceElement[] getStackTrace() {
        long[] pairs = stackTrace == null ? new long[0] : stackTrace;
        StackTraceElement[] elements = new StackTraceElement[pairs.length / 2];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = MokaStackTrace.element(pairs[2 * i], pairs[2 * i + 1]);
        }
        return elements;
    }

    /** Writes this throwable, its stack trace, its suppressed exceptions and causes to the error console, as the JVM does. */
    public void printStackTrace() {
        MokaRuntime.printError(toString());
        MokaRuntime.writeError('\n');
        String[] frames = frames();
        for (String f : frames) {
            printLine("\tat " + f);
        }
        for (int i = 0; i < suppressedCount; i++) {
            suppressed[i].printEnclosed(frames, "Suppressed: ", "\t");
        }
        Throwable c = getCause();
        if (c != null && c != this) {
            c.printEnclosed(frames, "Caused by: ", "");
        }
    }

    private void printEnclosed(String[] enclosing, String caption, String prefix) {
        String[] frames = frames();
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = frames.length - 1 - m;
        printLine(prefix + caption + toString());
        for (int i = 0; i <= m; i++) {
            printLine(prefix + "\tat " + frames[i]);
        }
        if (inCommon != 0) {
            printLine(prefix + "\t... " + inCommon + " more");
        }
        for (int i = 0; i < suppressedCount; i++) {
            suppressed[i].printEnclosed(frames, "Suppressed: ", prefix + "\t");
        }
        Throwable c = getCause();
        if (c != null && c != this) {
            c.printEnclosed(frames, "Caused by: ", prefix);
        }
    }

    private String[] frames() {
        long[] pairs = stackTrace == null ? new long[0] : stackTrace;
        String[] frames = new String[pairs.length / 2];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = MokaStackTrace.element(pairs[2 * i], pairs[2 * i + 1]).toString();
        }
        return frames;
    }

    private static void printLine(String s) {
        MokaRuntime.printError(s);
        MokaRuntime.writeError('\n');
    }

    /** @return the class name, then ": " and the localized message when there is one, as on the JVM */
    @Override
    public String toString() {
        String name = MokaRuntime.className(this);
        String message = getLocalizedMessage();
        return message == null ? name : name + ": " + message;
    }
}
