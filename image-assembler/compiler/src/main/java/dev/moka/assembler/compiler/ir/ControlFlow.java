package dev.moka.assembler.compiler.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The edges of a method's control flow seen backwards, for the passes that walk from a block to its predecessors. */
final class ControlFlow {
    private ControlFlow() {
    }

    /**
     * @param blocks       the blocks whose outgoing edges count (those of other blocks are ignored)
     * @param handlerEdges whether an edge from a block to each of its exception handlers counts, as
     *                     well as the targets of its terminator
     * @return each block's predecessors, each listed once in the order the blocks are given; a block
     *         without predecessors has no entry
     */
    static Map<Block, List<Block>> predecessors(List<Block> blocks, boolean handlerEdges) {
        Map<Block, List<Block>> preds = new IdentityHashMap<>();
        for (Block b : blocks) {
            List<Block> targets = handlerEdges ? b.successors()
                    : b.isTerminated() ? ((Insn.Terminator) b.insns().get(b.insns().size() - 1)).targets() : List.of();
            for (Block t : targets) {
                List<Block> list = preds.computeIfAbsent(t, k -> new ArrayList<>());
                if (!list.contains(b)) {
                    list.add(b);
                }
            }
        }
        return preds;
    }
}
