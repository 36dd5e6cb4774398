package java.lang;

/** The virtual machine (here: the compiled image's runtime) cannot continue. */
public class VirtualMachineError extends Error {
    /** Creates one with no message. */
    public VirtualMachineError() {
        super();
    }

    /** @param message the detail message */
    public VirtualMachineError(String message) {
        super(message);
    }

    /** @param message the detail message @param cause the cause */
    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param cause the cause; the message is its toString */
    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
