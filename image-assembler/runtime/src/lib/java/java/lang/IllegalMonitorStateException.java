package java.lang;

/** A monitor operation by a thread that does not own the monitor. */
public class IllegalMonitorStateException extends RuntimeException {
    /** Creates one with no message. */
    public IllegalMonitorStateException() {
        super();
    }

    /** @param message the detail message */
    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
