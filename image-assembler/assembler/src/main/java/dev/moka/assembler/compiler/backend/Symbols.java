package dev.moka.assembler.compiler.backend;

/** Names of the linker symbols shared between the backend, the image builder and the linker. */
public final class Symbols {
    /** The next free byte of the heap (a data word). */
    public static final String HEAP_POINTER = "__heap_ptr";
    /** The end of the heap (a data word). */
    public static final String HEAP_END = "__heap_end";
    /** Where the arch pack's boot code enters compiled code. */
    public static final String ENTRY = "moka_entry";

    private Symbols() {
    }
}
