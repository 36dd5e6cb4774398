package dev.moka.assembler.compiler.backend;

/** Names of the linker symbols shared between the backend, the image builder and the linker. */
public final class Symbols {
    /**
     * The heap words (see {@code dev.moka.kernel.core.heap.Heap}): this one is the bump cursor, the
     * next free byte of the region compiled code allocates from inline.
     */
    public static final String HEAP_POINTER = "__heap_ptr";
    /** The end of the bump region (the second heap word). */
    public static final String HEAP_LIMIT = "__heap_limit";
    /** The routine compiled code calls to throw: the exception in rdi. */
    public static final String THROW = "moka_throw";
    /** The exception table: a count, then five words per entry (see ExceptionEntry). */
    public static final String EXCEPTION_TABLE = "__exception_table";
    /** The method table for stack traces: a count, then eight words per method. */
    public static final String METHOD_TABLE = "__method_table";
    /** The stack maps of every call site, for the collector. */
    public static final String STACK_MAPS = "__stack_maps";
    /** The addresses of every static reference field, the collector's static roots. */
    public static final String STATIC_REFERENCES = "__static_references";
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

    /**
     * @param className a lazily initialised class
     * @return the symbol of its state word (0 new, 1 running, 2 done)
     */
    public static String initState(String className) {
        return "initstate:" + className;
    }
}
