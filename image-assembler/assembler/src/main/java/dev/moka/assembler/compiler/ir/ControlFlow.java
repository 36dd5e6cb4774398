package dev.moka.assembler.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The control-flow facts of one method that loop analyses need: predecessors, dominators and
 * natural loops. Edges include those to exception handlers ({@link Block#successors()}), so a
 * handler counts as a way into and around a loop. Blocks are numbered by layout position.
 */
final class ControlFlow {
    private final List<Block> blocks;
    private final Map<Block, Integer> index = new HashMap<>();
    private final List<List<Block>> preds = new ArrayList<>();
    private final BitSet[] dominators;
    private final BitSet reached;

    private ControlFlow(IrMethod method) {
        blocks = method.blocks();
        for (int k = 0; k < blocks.size(); k++) {
            index.put(blocks.get(k), k);
            preds.add(new ArrayList<>());
        }
        for (Block b : blocks) {
            for (Block s : b.successors()) {
                List<Block> p = preds.get(index.get(s));
                if (!p.contains(b)) {
                    p.add(b);
                }
            }
        }
        dominators = computeDominators();
        reached = blocks.isEmpty() ? new BitSet() : reachableAvoiding(blocks.get(0), null);
        if (!blocks.isEmpty()) {
            reached.set(0);
        }
    }

    /** @param method a method whose blocks end in terminators @return its control-flow facts */
    static ControlFlow of(IrMethod method) {
        return new ControlFlow(method);
    }

    /** @return the blocks, in layout order */
    List<Block> blocks() {
        return blocks;
    }

    /** @param b a block @return its position in the layout */
    int indexOf(Block b) {
        return index.get(b);
    }

    /** @param b a block @return the blocks with an edge to it */
    List<Block> predecessors(Block b) {
        return preds.get(index.get(b));
    }

    /** @return whether every path from the entry to {@code b} passes through {@code d} */
    boolean dominates(Block d, Block b) {
        return dominators[index.get(b)].get(index.get(d));
    }

    /**
     * The iterative data-flow formulation: dom(entry) = {entry}, dom(b) = {b} plus the intersection
     * over b's predecessors. Blocks the entry never reaches keep "every block"; loops ignore them.
     */
    private BitSet[] computeDominators() {
        int n = blocks.size();
        BitSet[] dom = new BitSet[n];
        for (int k = 0; k < n; k++) {
            dom[k] = new BitSet(n);
            if (k == 0) {
                dom[k].set(0);
            } else {
                dom[k].set(0, n);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 1; k < n; k++) {
                BitSet next = new BitSet(n);
                next.set(0, n);
                for (Block p : preds.get(k)) {
                    next.and(dom[index.get(p)]);
                }
                next.set(k);
                if (!next.equals(dom[k])) {
                    dom[k] = next;
                    changed = true;
                }
            }
        }
        return dom;
    }

    /**
     * @return for each block that is the target of a back edge (an edge from a block it
     *         dominates), the blocks of its natural loop, header included
     */
    Map<Block, BitSet> naturalLoops() {
        Map<Block, BitSet> loops = new HashMap<>();
        for (Block b : blocks) {
            if (!reachable(b)) {
                continue;
            }
            for (Block h : b.successors()) {
                if (dominates(h, b)) {
                    BitSet body = loops.computeIfAbsent(h, x -> {
                        BitSet s = new BitSet();
                        s.set(index.get(x));
                        return s;
                    });
                    addLoopBody(body, b);
                }
            }
        }
        return loops;
    }

    private boolean reachable(Block b) {
        return reached.get(index.get(b));
    }

    private void addLoopBody(BitSet body, Block tail) {
        Deque<Block> work = new ArrayDeque<>();
        if (!body.get(index.get(tail))) {
            body.set(index.get(tail));
            work.push(tail);
        }
        while (!work.isEmpty()) {
            for (Block p : predecessors(work.pop())) {
                if (!body.get(index.get(p))) {
                    body.set(index.get(p));
                    work.push(p);
                }
            }
        }
    }

    /**
     * @param from  a block
     * @param fence a block the walk does not enter
     * @return the blocks reachable from {@code from}'s successors without entering {@code fence}
     */
    BitSet reachableAvoiding(Block from, Block fence) {
        BitSet seen = new BitSet();
        Deque<Block> work = new ArrayDeque<>();
        work.push(from);
        while (!work.isEmpty()) {
            for (Block s : work.pop().successors()) {
                int k = index.get(s);
                if (s != fence && !seen.get(k)) {
                    seen.set(k);
                    work.push(s);
                }
            }
        }
        return seen;
    }
}
