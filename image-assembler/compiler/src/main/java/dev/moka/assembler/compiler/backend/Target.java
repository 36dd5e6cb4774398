package dev.moka.assembler.compiler.backend;

/** What kind of machine code image the compiler is producing. */
public enum Target {
    /** A kernel image: console on COM1, exit through QEMU's isa-debug-exit port. */
    KERNEL(null),
    /** A static Linux x86_64 executable: console on stderr, exit through exit_group. */
    LINUX(SyscallAbi.LINUX),
    /**
     * A Moka user executable: a ring-3 process of a Moka kernel, whose console and exit are the
     * Redox-numbered system calls the kernel serves.
     */
    MOKA(SyscallAbi.REDOX);

    private final SyscallAbi abi;

    Target(SyscallAbi abi) {
        this.abi = abi;
    }

    /** @return the system calls the runtime seam makes, null for a kernel, which makes none */
    public SyscallAbi abi() {
        return abi;
    }
}
