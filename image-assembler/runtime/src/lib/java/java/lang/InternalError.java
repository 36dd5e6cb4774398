package java.lang;

/** An internal error of the runtime. */
public class InternalError extends VirtualMachineError {
    /** Creates one with no message. */
    public InternalError() {
        super();
    }

    /** @param message the detail message */
    public InternalError(String message) {
        super(message);
    }
}
