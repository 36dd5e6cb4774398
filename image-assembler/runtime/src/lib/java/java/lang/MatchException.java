package java.lang;

/** A pattern switch or deconstruction found no match (a sealed hierarchy changed after compilation). */
public final class MatchException extends RuntimeException {
    /** @param message the detail message @param cause what was thrown, or null */
    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
