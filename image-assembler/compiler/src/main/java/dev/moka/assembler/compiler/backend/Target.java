package dev.moka.assembler.compiler.backend;

/** What kind of machine code image the compiler is producing. */
public enum Target {
    /** A kernel image: console on COM1, exit through QEMU's isa-debug-exit port. */
    KERNEL,
    /** A static Linux x86_64 executable: console on stderr, exit through exit_group. */
    LINUX
}
