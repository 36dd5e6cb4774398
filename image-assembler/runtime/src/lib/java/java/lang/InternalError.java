package java.lang;

/** An unexpected internal error of the runtime. */
public class InternalError extends VirtualMachineError {
    /** Creates one with no message. */
    public InternalError() {
        super();
    }

    /** @param message the detail message */
    public InternalError(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public InternalError(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public InternalError(Throwable cause) {
        super(cause);
    }
}
