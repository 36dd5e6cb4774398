package dev.moka.assembler.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How deeply each block of a method is nested in loops: the number of natural loops (a back edge to
 * a header that dominates its source, and the blocks that reach the edge without passing the
 * header) that contain it. Exception edges count as control flow. A block outside every loop has
 * depth 0; the body of a loop in a loop has depth 2.
 *
 * <p>Dominators are found by the iterative algorithm of Cooper, Harvey and Kennedy over a reverse
 * postorder; javac's bytecode has no irreducible loops, and a cycle without a dominating header
 * would simply count as no loop.
 */
final class Loops {
    private Loops() {
    }

    /** @param method a method @return the loop depth of each block reachable from its entry */
    static Map<Block, Integer> depths(IrMethod method) {
        List<Block> order = reversePostorder(method.blocks().get(0));
        Map<Block, Integer> number = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            number.put(order.get(i), i);
        }
        Map<Block, List<Block>> predecessors = ControlFlow.predecessors(order, true);
        int[] idom = dominators(order, number, predecessors);
        Map<Block, Integer> depth = new IdentityHashMap<>();
        for (Block b : order) {
            depth.put(b, 0);
        }
        for (Block header : order) {
            List<Block> latches = new ArrayList<>();
            for (Block p : predecessors.getOrDefault(header, List.of())) {
                if (dominates(number.get(header), number.get(p), idom)) {
                    latches.add(p);
                }
            }
            if (!latches.isEmpty()) {
                for (Block member : loopBody(header, latches, predecessors)) {
                    depth.merge(member, 1, Integer::sum);
                }
            }
        }
        return depth;
    }

    private static List<Block> reversePostorder(Block entry) {
        List<Block> post = new ArrayList<>();
        Map<Block, Boolean> seen = new IdentityHashMap<>();
        Deque<Object[]> walk = new ArrayDeque<>();
        seen.put(entry, Boolean.TRUE);
        walk.push(new Object[] {entry, entry.successors(), 0});
        while (!walk.isEmpty()) {
            Object[] top = walk.peek();
            @SuppressWarnings("unchecked")
            List<Block> successors = (List<Block>) top[1];
            int next = (Integer) top[2];
            if (next < successors.size()) {
                top[2] = next + 1;
                Block s = successors.get(next);
                if (seen.put(s, Boolean.TRUE) == null) {
                    walk.push(new Object[] {s, s.successors(), 0});
                }
            } else {
                walk.pop();
                post.add((Block) top[0]);
            }
        }
        List<Block> order = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) {
            order.add(post.get(i));
        }
        return order;
    }

    /** @return each block's immediate dominator, by reverse-postorder number (the entry's is itself) */
    private static int[] dominators(List<Block> order, Map<Block, Integer> number,
                                    Map<Block, List<Block>> predecessors) {
        int[] idom = new int[order.size()];
        java.util.Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < order.size(); i++) {
                int newIdom = -1;
                for (Block p : predecessors.getOrDefault(order.get(i), List.of())) {
                    int q = number.get(p);
                    if (idom[q] >= 0) {
                        newIdom = newIdom < 0 ? q : intersect(q, newIdom, idom);
                    }
                }
                if (newIdom != idom[i]) {
                    idom[i] = newIdom;
                    changed = true;
                }
            }
        }
        return idom;
    }

    private static int intersect(int a, int b, int[] idom) {
        int x = a;
        int y = b;
        while (x != y) {
            while (x > y) {
                x = idom[x];
            }
            while (y > x) {
                y = idom[y];
            }
        }
        return x;
    }

    private static boolean dominates(int a, int b, int[] idom) {
        int x = b;
        while (true) {
            if (x == a) {
                return true;
            }
            if (x == 0 || idom[x] < 0) {
                return false;
            }
            x = idom[x];
        }
    }

    private static List<Block> loopBody(Block header, List<Block> latches, Map<Block, List<Block>> predecessors) {
        Map<Block, Boolean> in = new HashMap<>();
        in.put(header, Boolean.TRUE);
        Deque<Block> work = new ArrayDeque<>();
        for (Block l : latches) {
            if (in.put(l, Boolean.TRUE) == null) {
                work.add(l);
            }
        }
        while (!work.isEmpty()) {
            for (Block p : predecessors.getOrDefault(work.poll(), List.of())) {
                if (in.put(p, Boolean.TRUE) == null) {
                    work.add(p);
                }
            }
        }
        return new ArrayList<>(in.keySet());
    }
}
