package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.InlineScope;
import dev.moka.assembler.compiler.model.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * The rows from code offsets to source positions that one method's code gets while it is emitted,
 * and the inlined activations those positions name. A position is a line and a scope: 0 for the
 * method itself, or one plus the index of an inlined activation, numbered as they first appear
 * (an activation after the one around it).
 *
 * <p>Every row goes to debuggers; stack traces only need the rows holding a <em>trace point</em> (a
 * call, or an instruction that may fault), which {@link #markTracePoint} flags as the code is
 * emitted, so only those go into the image.
 */
final class LineTable {
    private static final String HIDDEN_FRAME = "Ldev/moka/kernel/api/magic/HiddenFrame;";

    /** Rows of {offset, line, scope, 1 when it holds a trace point}. */
    private final List<int[]> rows = new ArrayList<>();
    private final Map<InlineScope, Integer> indexes = new HashMap<>();
    private final List<InlineScope> scopes = new ArrayList<>();

    /** @param scope an inlined activation, or null for the method itself @return its scope number */
    int scopeNumber(InlineScope scope) {
        if (scope == null) {
            return 0;
        }
        Integer known = indexes.get(scope);
        if (known == null) {
            scopeNumber(scope.outer());
            scopes.add(scope);
            known = scopes.size();
            indexes.put(scope, known);
        }
        return known;
    }

    /** Starts a row: the code from {@code offset} on has the source position (line, scope). */
    void add(int offset, int line, int scope) {
        rows.add(new int[] {offset, line, scope, 0});
    }

    /** Notes that the code being emitted, in the last row, holds an address a stack trace may meet. */
    void markTracePoint() {
        if (!rows.isEmpty()) {
            rows.get(rows.size() - 1)[3] = 1;
        }
    }

    /**
     * @param context the image the method belongs to
     * @param method  the compiled method
     * @param start   symbol of its first byte
     * @param end     symbol of the byte after its code
     * @return the table as the image records it
     */
    MethodInfo toMethodInfo(CodeContext context, MethodRef method, String start, String end) {
        List<int[]> own = new ArrayList<>();
        List<int[]> traced = new ArrayList<>();
        for (int[] row : rows) {
            int ownLine = row[2] == 0 ? row[1] : outermost(scopes.get(row[2] - 1)).callLine();
            if (ownLine > 0 && (own.isEmpty() || own.get(own.size() - 1)[1] != ownLine)) {
                own.add(new int[] {row[0], ownLine});
            }
            int[] last = traced.isEmpty() ? null : traced.get(traced.size() - 1);
            if (row[3] != 0 && (last == null || last[1] != row[1] || last[2] != row[2])) {
                traced.add(row);
            }
        }
        // Only the activations traced rows name (with the ones around them) go into the image.
        int[] renumber = new int[scopes.size() + 1];
        for (int[] row : traced) {
            for (int s = row[2]; s != 0 && renumber[s] == 0; s = scopeNumber(scopes.get(s - 1).outer())) {
                renumber[s] = -1;
            }
        }
        List<MethodInfo.InlinedFrame> frames = new ArrayList<>();
        for (int s = 1; s <= scopes.size(); s++) {
            if (renumber[s] != 0) {
                InlineScope scope = scopes.get(s - 1);
                MethodRef m = scope.method();
                frames.add(new MethodInfo.InlinedFrame(m.owner().name().replace('/', '.'), m.method().name,
                        m.owner().node().sourceFile, frameFlags(context, m),
                        scope.callLine() > 0 ? scope.callLine() : -1, renumber[scopeNumber(scope.outer())]));
                renumber[s] = frames.size();
            }
        }
        int[] traceOffsets = new int[traced.size()];
        int[] traceLines = new int[traced.size()];
        int[] traceScopes = new int[traced.size()];
        for (int i = 0; i < traced.size(); i++) {
            traceOffsets[i] = traced.get(i)[0];
            traceLines[i] = traced.get(i)[1];
            traceScopes[i] = renumber[traced.get(i)[2]];
        }
        int[] offsets = new int[own.size()];
        int[] lines = new int[own.size()];
        for (int i = 0; i < own.size(); i++) {
            offsets[i] = own.get(i)[0];
            lines[i] = own.get(i)[1];
        }
        return new MethodInfo(start, end, method.owner().name().replace('/', '.'), method.method().name,
                method.owner().node().sourceFile, frameFlags(context, method), offsets, lines,
                new MethodInfo.TraceTable(traceOffsets, traceLines, traceScopes, frames));
    }

    private static InlineScope outermost(InlineScope scope) {
        InlineScope s = scope;
        while (s.outer() != null) {
            s = s.outer();
        }
        return s;
    }

    /**
     * Generated code and methods annotated {@code @HiddenFrame} (which run on behalf of their caller)
     * stay out of stack traces; constructors of Throwable classes are skipped at the top of a new
     * exception's trace.
     */
    static int frameFlags(CodeContext context, MethodRef method) {
        var owner = method.owner();
        String name = method.method().name;
        boolean generated = owner.name().startsWith("moka/") || owner.name().contains("$$")
                || (owner.node().access & Opcodes.ACC_SYNTHETIC) != 0;
        return (generated || isHiddenFrame(method.method()) ? MethodInfo.HIDDEN : 0)
                | (name.equals("<init>") && context.isThrowable(owner.name()) ? MethodInfo.THROWABLE_INIT : 0);
    }

    private static boolean isHiddenFrame(MethodNode method) {
        return method.invisibleAnnotations != null && method.invisibleAnnotations.stream()
                .anyMatch(a -> a.desc.equals(HIDDEN_FRAME));
    }
}
