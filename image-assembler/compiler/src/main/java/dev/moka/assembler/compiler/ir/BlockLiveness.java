package dev.moka.assembler.compiler.ir;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which registers are live into and out of each block, by backward data flow over the blocks.
 * Exception handlers count as successors of the blocks they cover, and what is live into a handler
 * is live into the block too: the first instruction may already throw, before the block redefines
 * the value.
 */
final class BlockLiveness {
    private final Map<Block, BitSet> in = new IdentityHashMap<>();
    private final Map<Block, BitSet> out = new IdentityHashMap<>();

    private BlockLiveness() {
    }

    static BlockLiveness of(IrMethod method) {
        BlockLiveness result = new BlockLiveness();
        List<Block> blocks = method.blocks();
        Map<Block, BitSet> use = new IdentityHashMap<>();
        Map<Block, BitSet> def = new IdentityHashMap<>();
        for (Block b : blocks) {
            BitSet u = new BitSet();
            BitSet d = new BitSet();
            for (Insn insn : b.insns()) {
                for (VReg r : insn.uses()) {
                    if (!d.get(r.id())) {
                        u.set(r.id());
                    }
                }
                if (insn.def() != null) {
                    d.set(insn.def().id());
                }
            }
            use.put(b, u);
            def.put(b, d);
            result.in.put(b, new BitSet());
            result.out.put(b, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                BitSet o = new BitSet();
                for (Block s : b.successors()) {
                    BitSet sIn = result.in.get(s);
                    if (sIn != null) {
                        o.or(sIn);
                    }
                }
                BitSet n = (BitSet) o.clone();
                n.andNot(def.get(b));
                n.or(use.get(b));
                // A handler may be entered from any instruction of the block, before its definitions too.
                for (Block h : b.handlers()) {
                    BitSet hIn = result.in.get(h);
                    if (hIn != null) {
                        n.or(hIn);
                    }
                }
                if (!n.equals(result.in.get(b)) || !o.equals(result.out.get(b))) {
                    result.in.put(b, n);
                    result.out.put(b, o);
                    changed = true;
                }
            }
        }
        return result;
    }

    BitSet liveIn(Block b) {
        return in.get(b);
    }

    BitSet liveOut(Block b) {
        return out.get(b);
    }
}
