package dev.moka.assembler.compiler.ir;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The blocks of a method that run only on its rare paths: those from which every path ends in a
 * {@code throw} (building an exception and its message), and those reached only through an
 * exception handler. Calls there are left as calls: inlining them would grow the code for paths
 * that run at most once per exception.
 */
final class ColdBlocks {
    private ColdBlocks() {
    }

    /** @param method a method @return its cold blocks (a set by identity, free to change) */
    static Set<Block> of(IrMethod method) {
        Set<Block> cold = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Block> normal = reachedWithoutHandlers(method);
        for (Block b : method.blocks()) {
            if (!normal.contains(b) || endsInThrow(b)) {
                cold.add(b);
            }
        }
        // Least fixed point: a block is cold once all its successors are, so loops stay warm.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : method.blocks()) {
                if (!cold.contains(b) && b.isTerminated() && allTargetsCold(b, cold)) {
                    cold.add(b);
                    changed = true;
                }
            }
        }
        return cold;
    }

    private static boolean endsInThrow(Block block) {
        return block.isTerminated() && block.insns().get(block.insns().size() - 1) instanceof Insn.Throw;
    }

    private static boolean allTargetsCold(Block b, Set<Block> cold) {
        var targets = ((Insn.Terminator) b.insns().get(b.insns().size() - 1)).targets();
        if (targets.isEmpty()) {
            return false;
        }
        for (Block t : targets) {
            if (!cold.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static Set<Block> reachedWithoutHandlers(IrMethod method) {
        Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Block> work = new ArrayDeque<>();
        work.add(method.blocks().get(0));
        while (!work.isEmpty()) {
            Block b = work.poll();
            if (seen.add(b) && b.isTerminated()) {
                work.addAll(((Insn.Terminator) b.insns().get(b.insns().size() - 1)).targets());
            }
        }
        return seen;
    }
}
