package java.lang;

/** The stack is exhausted. */
public class StackOverflowError extends VirtualMachineError {
    /** Creates one with no message. */
    public StackOverflowError() {
        super();
    }

    /** @param message the detail message */
    public StackOverflowError(String message) {
        super(message);
    }
}
