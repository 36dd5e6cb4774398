package dev.moka.assembler.compiler.backend;

/** Names of the linker symbols shared between the backend, the image builder and the linker. */
public final class Symbols {
    /** The next free byte of the heap (a data word). */
    public static final String HEAP_POINTER = "__heap_ptr";
    /** The end of the heap (a data word). */
    public static final String HEAP_END = "__heap_end";
    /** The routine compiled code calls to throw: the exception in rdi. */
    public static final String THROW = "moka_throw";
    /** The exception table: a count, then five words per entry (see ExceptionEntry). */
    public static final String EXCEPTION_TABLE = "__exception_table";
    /** Where the arch pack's boot code enters compiled code. */
    public static final String ENTRY = "moka_entry";

    private Symbols() {
    }
}
