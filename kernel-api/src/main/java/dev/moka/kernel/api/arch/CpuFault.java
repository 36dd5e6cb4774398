package dev.moka.kernel.api.arch;

/**
 * A CPU exception in kernel code that has no Java meaning (a page fault outside the null page, a
 * general protection fault, an invalid opcode...). It is never thrown: the arch pack creates one in
 * the context of the faulting instruction only to print the panic's stack trace, then stops the
 * machine.
 */
public final class CpuFault extends Error {
    private static final long serialVersionUID = 1L;

    /** @param description the exception, its faulting address and the access that caused it */
    public CpuFault(String description) {
        super(description);
    }
}
