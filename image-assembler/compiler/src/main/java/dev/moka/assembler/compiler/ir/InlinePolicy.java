package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;

/**
 * Which calls {@link Inliner} replaces by the callee's body. There is no profile, so the call's
 * place stands in for how often it runs, as HotSpot's size limits do for calls it has not seen run:
 * the deeper in loops a call lies, the bigger the callee it inlines.
 *
 * <ul>
 *   <li>A callee's <em>cost</em> is its number of IR instructions once its own calls were inlined,
 *       moves and jumps left out (they mostly disappear when registers are coalesced and blocks laid
 *       out), and each block of its rare paths (see {@link ColdBlocks}: building and throwing an
 *       exception) counted as {@value #COLD_BLOCK_COST} whatever its length.</li>
 *   <li>A callee costing at most {@value #TRIVIAL} (a getter, a setter, a forwarding method) is
 *       inlined wherever it is called: its body is about the size of the call it replaces.</li>
 *   <li>At a call in a loop (by the caller's natural loops, see {@link Loops}) callees costing up to
 *       {@value #IN_LOOP} are inlined, in a loop in a loop up to {@value #IN_NESTED_LOOP}, while the
 *       caller stays below {@value #MAX_CALLER} instructions. The body of a method of at most
 *       {@value #SMALL_RECURSIVE} instructions that calls itself counts as one loop deeper: each of its
 *       activations runs it once more (divide and conquer, the Towers of Hanoi).</li>
 *   <li>Calls on rare paths are never inlined, nor a callee that never returns normally, nor a
 *       callee into a scope that is already an activation of it (recursion stays a call), nor beyond
 *       {@value #MAX_DEPTH} nested inlined activations.</li>
 *   <li>Some callees are never inlined: those that read their own frame pointer (stack walks start
 *       from their frame, which inlining would remove), that call an arch routine (stack switches),
 *       the monitor code (its calls get an inline fast path instead) and static initialisers.</li>
 * </ul>
 *
 * <p>The limits were chosen by measurement: larger ones (40 in a loop, 80 in nested loops) gained
 * a few percent on the string and hash-map benchmarks and cost 20 KB of the kernel image; inlining
 * medium callees outside loops doubled the image's code for no measurable gain.
 */
final class InlinePolicy {
    /** Cost up to which a callee is inlined wherever it is called. */
    static final int TRIVIAL = 5;
    /** Cost up to which a callee is inlined at a call in a loop. */
    static final int IN_LOOP = 25;
    /** Cost up to which a callee is inlined at a call in a loop in a loop. */
    static final int IN_NESTED_LOOP = 60;
    /** Size of a caller beyond which only trivial callees are inlined into it. */
    static final int MAX_CALLER = 2500;
    /** Size up to which a method that calls itself counts as a loop. */
    static final int SMALL_RECURSIVE = 60;
    /** Inlined activations at most nested in one another. */
    static final int MAX_DEPTH = 6;
    /** What a block of a callee's rare paths costs, whatever its length. */
    static final int COLD_BLOCK_COST = 2;

    private InlinePolicy() {
    }

    /** @param method a method @return its number of instructions */
    static int size(IrMethod method) {
        int size = 0;
        for (Block b : method.blocks()) {
            size += b.insns().size();
        }
        return size;
    }

    /**
     * @param block a warm block of a callee
     * @return what it adds to the callee's cost: its instructions but moves and jumps, which mostly
     *         disappear once registers are coalesced and blocks laid out
     */
    static int weight(Block block) {
        int weight = 0;
        for (Insn insn : block.insns()) {
            if (!(insn instanceof Insn.Move) && !(insn instanceof Insn.Goto)) {
                weight++;
            }
        }
        return weight;
    }

    /**
     * @param cost       the callee's cost, its own calls already inlined
     * @param loopDepth  how many loops of the caller the call lies in
     * @param callerSize the caller's size now
     * @return whether the call is worth replacing by the body
     */
    static boolean worthInlining(int cost, int loopDepth, int callerSize) {
        if (cost <= TRIVIAL) {
            return true;
        }
        if (loopDepth == 0 || callerSize + cost > MAX_CALLER) {
            return false;
        }
        return cost <= (loopDepth == 1 ? IN_LOOP : IN_NESTED_LOOP);
    }

    /** @param callee a method @return whether its body may run in another method's frame at all */
    static boolean mayInline(IrMethod callee) {
        MethodRef source = callee.source();
        if (source.method().name.equals("<clinit>") || source.owner().name().equals(Intrinsics.MONITORS)) {
            return false;
        }
        for (Block b : callee.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Intrinsic in && readsOwnFrame(in)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean readsOwnFrame(Insn.Intrinsic in) {
        return in.name().equals("rt.framePointer") || in.name().startsWith(Intrinsics.ARCH_ROUTINE);
    }
}
