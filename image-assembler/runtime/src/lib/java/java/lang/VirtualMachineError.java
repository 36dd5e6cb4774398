package java.lang;

/** The runtime cannot go on. */
public class VirtualMachineError extends Error {
    /** Creates one with no message. */
    public VirtualMachineError() {
        super();
    }

    /** @param message the detail message */
    public VirtualMachineError(String message) {
        super(message);
    }
}
