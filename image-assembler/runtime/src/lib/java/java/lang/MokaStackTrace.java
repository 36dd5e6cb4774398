package java.lang;

/**
 * Stack traces from the image's method table: capturing the frames of the running thread and
 * naming them.
 *
 * <p>A captured frame is a pair (pc, depth): the code address of a call (or fault) and which of the
 * activations at that address it is. Code inlined into a method holds several activations at one
 * address: depth 0 is the innermost inlined callee, each further depth the activation that called
 * it, the last the compiled method itself. Code without inlining has one activation, depth 0.
 *
 * <p>The method table (see the compiler's {@code ImageData}) has a count, then 64-byte rows {start,
 * end, class name, method name, source file, line table, flags and entry count, inlined
 * activations}. A line table is 32-bit pairs (code offset, line), in code order. The inlined
 * activations, when the method has any, are one 32-bit scope number per line-table entry, then
 * (8-aligned) 40-byte records {class name, method name, source file, flags, line of the call,
 * scope number of the caller}. Scope number 0 is the compiled method itself; n is record n - 1.
 */
final class MokaStackTrace {
    /** At most this many frames are recorded, as HotSpot's MaxJavaStackTraceDepth. */
    private static final int MAX_TRACE_DEPTH = 1024;
    private static final int MAX_TRACE_WALK = MAX_TRACE_DEPTH + 64;
    private static final int FRAME_HIDDEN = 1;
    private static final int FRAME_THROWABLE_INIT = 2;
    private static final long METHOD_ROW = 64;
    private static final long INLINED_RECORD = 40;

    private MokaStackTrace() {
    }

    /** @return the method-table row of the code holding {@code pc}, or 0 */
    private static long methodAt(long pc) {
        long table = MokaRuntime.methodTable();
        long rows = MokaRuntime.load64(table);
        for (long i = 0; i < rows; i++) {
            long row = table + 8 + i * METHOD_ROW;
            if (pc >= MokaRuntime.load64(row) && pc < MokaRuntime.load64(row + 8)) {
                return row;
            }
        }
        return 0;
    }

    /** @return the index of the line-table entry of {@code row} covering {@code pc}, or -1 */
    private static int lineEntry(long row, long pc) {
        long lines = MokaRuntime.load64(row + 40);
        int count = MokaRuntime.load32(row + 52);
        int offset = (int) (pc - MokaRuntime.load64(row));
        int found = -1;
        for (int i = 0; i < count && MokaRuntime.load32(lines + 8L * i) <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** @return the source line of a line-table entry, or -1 for none */
    private static int entryLine(long row, int entry) {
        return entry < 0 ? -1 : MokaRuntime.load32(MokaRuntime.load64(row + 40) + 8L * entry + 4);
    }

    /** @return the scope number of the innermost activation at a line-table entry */
    private static int entryScope(long row, int entry) {
        long inlined = MokaRuntime.load64(row + 56);
        return inlined == 0 || entry < 0 ? 0 : MokaRuntime.load32(inlined + 4L * entry);
    }

    /** @return the record of inlined activation {@code scope} (at least 1) of a row */
    private static long inlinedRecord(long row, int scope) {
        long inlined = MokaRuntime.load64(row + 56);
        long entries = MokaRuntime.load32(row + 52);
        return inlined + ((4 * entries + 7) & ~7L) + (scope - 1) * INLINED_RECORD;
    }

    /** @return the address of the class name, method name and source file words of an activation */
    private static long names(long row, int scope) {
        return scope == 0 ? row + 16 : inlinedRecord(row, scope);
    }

    private static int flags(long row, int scope) {
        return scope == 0 ? MokaRuntime.load32(row + 48) : MokaRuntime.load32(inlinedRecord(row, scope) + 24);
    }

    /** @return the scope number of the activation that called activation {@code scope} (at least 1) */
    private static int callerScope(long row, int scope) {
        return MokaRuntime.load32(inlinedRecord(row, scope) + 32);
    }

    /** @return the line of the call that started activation {@code scope} (at least 1), or -1 */
    private static int callLine(long row, int scope) {
        return MokaRuntime.load32(inlinedRecord(row, scope) + 28);
    }

    private static String string(long address) {
        return (String) MokaRuntime.objectAt(MokaRuntime.load64(address));
    }

    /**
     * The calling frames, innermost first, as (pc, depth) pairs, without the frames that build the
     * throwable (its constructors, fillInStackTrace, this runtime) and without generated code.
     */
    static long[] capture() {
        long[] frames = new long[32];
        int n = 0;
        int walked = 0;
        boolean leading = true;
        for (long fp = MokaRuntime.framePointer(); fp != 0 && n < MAX_TRACE_DEPTH && walked < MAX_TRACE_WALK;
                fp = MokaRuntime.load64(fp)) {
            walked++;
            long pc = MokaRuntime.load64(fp + 8) - 1;
            long row = methodAt(pc);
            if (row == 0) {
                continue;
            }
            int scope = entryScope(row, lineEntry(row, pc));
            for (int depth = 0; n < MAX_TRACE_DEPTH; depth++) {
                boolean keep = (flags(row, scope) & FRAME_HIDDEN) == 0;
                if (keep && leading) {
                    if (buildsThrowable(row, scope)) {
                        keep = false;
                    } else {
                        leading = false;
                    }
                }
                if (keep) {
                    if (2 * n + 2 > frames.length) {
                        frames = grow(frames);
                    }
                    frames[2 * n] = pc;
                    frames[2 * n + 1] = depth;
                    n++;
                }
                if (scope == 0) {
                    break;
                }
                scope = callerScope(row, scope);
            }
        }
        long[] trace = new long[2 * n];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = frames[i];
        }
        return trace;
    }

    private static boolean buildsThrowable(long row, int scope) {
        long names = names(row, scope);
        String cls = string(names);
        String name = string(names + 8);
        return (flags(row, scope) & FRAME_THROWABLE_INIT) != 0 || name.equals("fillInStackTrace")
                || cls.equals("java.lang.MokaRuntime") || cls.equals("java.lang.MokaStackTrace")
                || cls.equals("java.lang.Throwable");
    }

    private static long[] grow(long[] frames) {
        long[] bigger = new long[frames.length * 2];
        for (int i = 0; i < frames.length; i++) {
            bigger[i] = frames[i];
        }
        return bigger;
    }

    /**
     * @param pc    a captured frame's code address
     * @param depth which activation at that address (0 the innermost)
     * @return the frame's class, method, source file and line
     */
    static StackTraceElement element(long pc, long depth) {
        long row = methodAt(pc);
        if (row == 0) {
            return new StackTraceElement("<unknown>", "<unknown>", null, -1);
        }
        int entry = lineEntry(row, pc);
        int scope = entryScope(row, entry);
        int line = entryLine(row, entry);
        for (long d = 0; d < depth && scope != 0; d++) {
            line = callLine(row, scope);
            scope = callerScope(row, scope);
        }
        long names = names(row, scope);
        long file = MokaRuntime.load64(names + 16);
        return new StackTraceElement(string(names), string(names + 8),
                file == 0 ? null : (String) MokaRuntime.objectAt(file), line);
    }
}
