package java.util;

/** Pop or peek on an empty Stack. */
public class EmptyStackException extends RuntimeException {
    /** Creates one with no message. */
    public EmptyStackException() {
        super();
    }
}
