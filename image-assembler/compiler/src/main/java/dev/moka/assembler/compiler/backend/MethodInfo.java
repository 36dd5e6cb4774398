package dev.moka.assembler.compiler.backend;

import java.util.List;

/**
 * What the image records about a compiled method so that stack traces can name it: its code range,
 * its class, name and source file, a table from code offsets to its source lines (for debuggers),
 * and the trace table that stack traces read.
 *
 * @param start      symbol of the first byte of its code
 * @param end        symbol of the first byte after its code
 * @param className  binary class name with dots
 * @param methodName the method's name
 * @param sourceFile the SourceFile attribute, or null
 * @param flags      {@link #HIDDEN} and {@link #THROWABLE_INIT}
 * @param offsets    code offsets from start where a new source line begins, ascending
 * @param lines      the line in the method's own source at each offset, -1 when unknown; in code
 *                   inlined from a callee, the line of the outermost call
 * @param trace      the source positions of the code addresses a stack trace can meet
 */
public record MethodInfo(String start, String end, String className, String methodName, String sourceFile, int flags,
                         int[] offsets, int[] lines, TraceTable trace) {
    /** Frame never shown in stack traces (code the compiler generated). */
    public static final int HIDDEN = 1;
    /** A constructor of a Throwable class: skipped at the top of a new exception's trace. */
    public static final int THROWABLE_INIT = 2;

    /**
     * The rows a stack trace reads: one for each stretch of code holding a call, a throw or an
     * instruction that may fault (the only addresses a trace meets), each covering the code up to the
     * next row. Row {@code i} starts at {@code offsets[i]}; {@code scopes[i]} is 0 for code of the
     * method itself, whose line is then {@code lines[i]}, or one plus the index in {@code inlinedFrames}
     * of the innermost inlined activation, {@code lines[i]} then being a line of that activation's
     * method.
     *
     * @param offsets       code offsets from the method's start, ascending
     * @param lines         the innermost activation's line at each row, -1 when unknown
     * @param scopes        0, or one plus the index of the row's innermost inlined activation
     * @param inlinedFrames the inlined activations, each after the one that called it
     */
    public record TraceTable(int[] offsets, int[] lines, int[] scopes, List<InlinedFrame> inlinedFrames) {
        /** Copies the list of activations. */
        public TraceTable {
            inlinedFrames = List.copyOf(inlinedFrames);
        }
    }

    /**
     * An activation of a method inlined into a compiled method: the frame a stack trace shows for it.
     *
     * @param className  binary class name with dots
     * @param methodName the inlined method's name
     * @param sourceFile its class's SourceFile attribute, or null
     * @param flags      {@link #HIDDEN} and {@link #THROWABLE_INIT}
     * @param callLine   the line of its call in the activation around it, -1 when unknown
     * @param outer      0 when it was called by the compiled method itself, else one plus the index
     *                   of the inlined activation that called it
     */
    public record InlinedFrame(String className, String methodName, String sourceFile, int flags, int callLine,
                               int outer) {
    }
}
