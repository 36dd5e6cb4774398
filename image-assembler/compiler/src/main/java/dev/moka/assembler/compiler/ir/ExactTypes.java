package dev.moka.assembler.compiler.ir;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact class of a register's value at one instruction, when every path there got it from the
 * same {@code new} (through copies). A lambda or an anonymous class passed to a small higher-order
 * method ({@code forEach}, {@code removeIf}, a comparator's user) is such a value once that method is
 * inlined into the caller that made the object: the call on it inside the copy then has one possible
 * target, whatever else implements the interface, and can be inlined in turn.
 *
 * <p>The search runs backwards over the control-flow graph from the instruction and gives up (no
 * class) at the method's entry (a parameter), at an exception handler's entry, after
 * {@value #MAX_COPIES} copies, or when two paths bring different definitions.
 */
final class ExactTypes {
    private static final int MAX_COPIES = 8;

    private ExactTypes() {
    }

    /**
     * @param method the method, its blocks all ending in a terminator
     * @param block  a block of it
     * @param index  the position of an instruction in the block
     * @param reg    a register the instruction reads
     * @return the internal name of the class of the object in {@code reg} there, or null when it is
     *         not known for sure
     */
    static String classAt(IrMethod method, Block block, int index, VReg reg) {
        Map<Block, List<Block>> predecessors = null;
        Block at = block;
        int before = index;
        VReg wanted = reg;
        for (int copies = 0; copies <= MAX_COPIES; copies++) {
            Definition def = localDefinition(at, before, wanted);
            if (def == null) {
                if (predecessors == null) {
                    if (!method.blocks().stream().allMatch(Block::isTerminated)) {
                        return null;
                    }
                    predecessors = ControlFlow.predecessors(method.blocks(), false);
                }
                def = reachingDefinition(method, at, wanted, predecessors);
            }
            if (def == null) {
                return null;
            }
            if (def.insn() instanceof Insn.New n) {
                return n.className();
            }
            if (!(def.insn() instanceof Insn.Move m) || m.src().kind() != wanted.kind()) {
                return null;
            }
            at = def.block();
            before = def.index();
            wanted = m.src();
        }
        return null;
    }

    /** An instruction and where it is. */
    private record Definition(Block block, int index, Insn insn) {
    }

    /** @return the last definition of {@code reg} in the block before position {@code before}, or null */
    private static Definition localDefinition(Block block, int before, VReg reg) {
        List<Insn> insns = block.insns();
        for (int k = before - 1; k >= 0; k--) {
            if (reg.equals(insns.get(k).def())) {
                return new Definition(block, k, insns.get(k));
            }
        }
        return null;
    }

    /**
     * The one definition of {@code reg} that reaches the start of {@code block} on every path, or
     * null when there are several, or a path from the entry or a handler without one.
     */
    private static Definition reachingDefinition(IrMethod method, Block block, VReg reg,
                                                 Map<Block, List<Block>> predecessors) {
        Block entry = method.blocks().get(0);
        Set<Block> handlers = new HashSet<>(method.handlerBlocks());
        Definition found = null;
        Set<Block> seen = new HashSet<>();
        ArrayDeque<Block> pending = new ArrayDeque<>();
        pending.add(block);
        while (!pending.isEmpty()) {
            Block b = pending.poll();
            if (b == entry || handlers.contains(b)) {
                return null;
            }
            List<Block> preds = predecessors.get(b);
            if (preds == null || preds.isEmpty()) {
                return null;
            }
            for (Block p : preds) {
                if (!seen.add(p)) {
                    continue;
                }
                Definition def = localDefinition(p, p.insns().size(), reg);
                if (def == null) {
                    pending.add(p);
                } else if (found == null) {
                    found = def;
                } else if (found.insn() != def.insn()) {
                    return null;
                }
            }
        }
        return found;
    }
}
