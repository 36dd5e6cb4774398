package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.VReg;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classic backward data-flow liveness over blocks, then one interval per virtual register from the
 * first to the last position at which it is live. Instructions are numbered in layout order, two
 * apart; parameters are defined just before the first instruction.
 */
final class Liveness {
    private Liveness() {
    }

    static List<Interval> intervals(IrMethod method, List<Integer> callPositions) {
        return intervals(method, callPositions, new java.util.IdentityHashMap<>());
    }

    /**
     * @param liveAfter filled with, for every instruction, the registers live right after it, plus
     *                  those live into the handlers that catch what it throws (the stack maps' source)
     */
    static List<Interval> intervals(IrMethod method, List<Integer> callPositions, Map<Insn, BitSet> liveAfter) {
        List<Block> blocks = method.blocks();
        int n = blocks.size();
        Map<Block, Integer> order = new HashMap<>();
        for (int i = 0; i < n; i++) {
            order.put(blocks.get(i), i);
        }
        BitSet[] use = new BitSet[n];
        BitSet[] def = new BitSet[n];
        int[] first = new int[n];
        int[] last = new int[n];
        int position = 2;
        for (int i = 0; i < n; i++) {
            use[i] = new BitSet();
            def[i] = new BitSet();
            first[i] = position;
            for (Insn insn : blocks.get(i).insns()) {
                for (VReg r : insn.uses()) {
                    if (!def[i].get(r.id())) {
                        use[i].set(r.id());
                    }
                }
                if (insn.def() != null) {
                    def[i].set(insn.def().id());
                }
                if (insn.isCall()) {
                    callPositions.add(position);
                }
                position += 2;
            }
            last[i] = position - 2;
        }
        BitSet[] liveIn = new BitSet[n];
        BitSet[] liveOut = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveIn[i] = new BitSet();
            liveOut[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                BitSet out = new BitSet();
                for (Block s : blocks.get(i).successors()) {
                    out.or(liveIn[order.get(s)]);
                }
                BitSet in = (BitSet) out.clone();
                in.andNot(def[i]);
                in.or(use[i]);
                // A handler may be entered before the block's definitions: its live values are live here too.
                for (Block h : blocks.get(i).handlers()) {
                    Integer hi = order.get(h);
                    if (hi != null) {
                        in.or(liveIn[hi]);
                    }
                }
                if (!in.equals(liveIn[i]) || !out.equals(liveOut[i])) {
                    liveIn[i] = in;
                    liveOut[i] = out;
                    changed = true;
                }
            }
        }
        List<Interval> intervals = new ArrayList<>();
        for (VReg r : method.regs()) {
            intervals.add(new Interval(r));
        }
        for (VReg p : method.params()) {
            intervals.get(p.id()).cover(0);
        }
        for (int i = 0; i < n; i++) {
            final int b = i;
            liveIn[i].stream().forEach(id -> intervals.get(id).cover(first[b]));
            liveOut[i].stream().forEach(id -> intervals.get(id).cover(last[b] + 1));
            int pos = first[i];
            for (Insn insn : blocks.get(i).insns()) {
                for (VReg r : insn.uses()) {
                    intervals.get(r.id()).cover(pos);
                }
                if (insn.def() != null) {
                    intervals.get(insn.def().id()).cover(pos);
                }
                pos += 2;
            }
        }
        for (int i = 0; i < n; i++) {
            BitSet live = (BitSet) liveOut[i].clone();
            List<Insn> insns = blocks.get(i).insns();
            for (int k = insns.size() - 1; k >= 0; k--) {
                Insn insn = insns.get(k);
                BitSet after = (BitSet) live.clone();
                for (var h : method.handlers(insn)) {
                    Integer hi = order.get(h.target());
                    if (hi != null) {
                        after.or(liveIn[hi]);
                    }
                }
                liveAfter.put(insn, after);
                if (insn.def() != null) {
                    live.clear(insn.def().id());
                }
                for (VReg r : insn.uses()) {
                    live.set(r.id());
                }
            }
        }
        for (Block handler : method.handlerBlocks()) {
            Integer index = order.get(handler);
            if (index != null) {
                liveIn[index].stream().forEach(id -> intervals.get(id).mustSpill = true);
            }
        }
        for (Interval it : intervals) {
            for (int call : callPositions) {
                if (it.start < call && call < it.end) {
                    it.crossesCall = true;
                    break;
                }
            }
        }
        return intervals;
    }
}
