package dev.moka.assembler.hosted;

/**
 * A CPU exception a program caused in ring 3 on the simulated machine: what the machine hands the
 * kernel's {@code SyscallHandler.userFault}. Thrown by the machine's user-mode accesses and caught by
 * the hosted user mode, never seen by kernel code.
 */
public final class UserFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** {@code #UD}: what executing something that is no instruction raises. */
    public static final int INVALID_OPCODE = 6;
    /** {@code #GP}: a privileged instruction or a non-canonical address in ring 3. */
    public static final int GENERAL_PROTECTION = 13;
    /** {@code #PF}. */
    public static final int PAGE_FAULT = 14;
    /** Page-fault error code bit: the page was present (a protection fault). */
    public static final long PRESENT = 1;
    /** Page-fault error code bit: the access was a write. */
    public static final long WRITE_ACCESS = 2;
    /** Page-fault error code bit: the access came from ring 3. */
    public static final long USER_ACCESS = 4;

    /** The exception's vector. */
    private final int vector;
    /** The error code the CPU pushes with it (0 for those without one). */
    private final long errorCode;
    /** The faulting address (CR2) for a page fault, else the address involved or 0. */
    private final long address;

    /**
     * @param vector    the exception's vector
     * @param errorCode its error code
     * @param address   the address involved
     */
    public UserFault(int vector, long errorCode, long address) {
        super("vector " + vector + " at 0x" + Long.toHexString(address), null, false, false);
        this.vector = vector;
        this.errorCode = errorCode;
        this.address = address;
    }

    /** @return the exception's vector */
    public int vector() {
        return vector;
    }

    /** @return its error code */
    public long errorCode() {
        return errorCode;
    }

    /** @return the faulting address */
    public long address() {
        return address;
    }
}
