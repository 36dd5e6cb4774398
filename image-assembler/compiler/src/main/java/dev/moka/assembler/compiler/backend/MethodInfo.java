package dev.moka.assembler.compiler.backend;

/**
 * What the image records about a compiled method so that stack traces can name it: its code range,
 * its class, name and source file, and a table from code offsets to source lines.
 *
 * @param start       symbol of the first byte of its code
 * @param end         symbol of the first byte after its code
 * @param className   binary class name with dots
 * @param methodName  the method's name
 * @param sourceFile  the SourceFile attribute, or null
 * @param flags       {@link #HIDDEN} and {@link #THROWABLE_INIT}
 * @param offsets     code offsets from start where a new source line begins, ascending
 * @param lines       the source line starting at each offset
 */
public record MethodInfo(String start, String end, String className, String methodName, String sourceFile, int flags,
                         int[] offsets, int[] lines) {
    /** Frame never shown in stack traces (code the compiler generated). */
    public static final int HIDDEN = 1;
    /** A constructor of a Throwable class: skipped at the top of a new exception's trace. */
    public static final int THROWABLE_INIT = 2;
}
