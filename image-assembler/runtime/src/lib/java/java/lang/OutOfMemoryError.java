package java.lang;

/** The heap is exhausted. */
public class OutOfMemoryError extends VirtualMachineError {
    /** Creates one with no message. */
    public OutOfMemoryError() {
        super();
    }

    /** @param message the detail message */
    public OutOfMemoryError(String message) {
        super(message);
    }
}
