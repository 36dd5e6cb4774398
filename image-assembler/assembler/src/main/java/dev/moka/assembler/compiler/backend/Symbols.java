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
    /** The method table for stack traces: a count, then seven words per method. */
    public static final String METHOD_TABLE = "__method_table";
    /** The stack maps of every call site, for the collector. */
    public static final String STACK_MAPS = "__stack_maps";
    /** The addresses of every static reference field, the collector's static roots. */
    public static final String STATIC_REFERENCES = "__static_references";
    /** The mark-sweep collector's metadata area in bss: free-list heads and the mark stack. */
    public static final String GC_METADATA = "__gc_metadata";
    /** Its size in bytes. */
    public static final long GC_METADATA_BYTES = 8L * 66 + 8L * 30000;
    /** The lowest stack address compiled code may use before StackOverflowError (a data word; 0 = no limit). */
    public static final String STACK_LIMIT = "__stack_limit";
    /** The stack limit outside of stack-overflow handling. */
    public static final String STACK_LIMIT_NORMAL = "__stack_limit_normal";
    /** Stack kept below the limit for building and throwing a StackOverflowError. */
    public static final int STACK_RESERVE = 512 * 1024;
    /** The first byte of the compiled methods (the code the method table describes). */
    public static final String JAVA_CODE_START = "__java_code_start";
    /** The byte after the last compiled method. */
    public static final String JAVA_CODE_END = "__java_code_end";
    /** Where the arch pack's boot code enters compiled code. */
    public static final String ENTRY = "moka_entry";

    private Symbols() {
    }
}
