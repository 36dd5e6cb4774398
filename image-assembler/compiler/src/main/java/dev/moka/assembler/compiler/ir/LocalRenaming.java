package dev.moka.assembler.compiler.ir;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every value that lives only inside one block a register of its own.
 *
 * <p>The builder maps each operand-stack slot and local to one register for the whole method, so
 * stack slot 0 carries hundreds of unrelated values and its live interval spans the method. A
 * definition whose value dies in its block (it is redefined later in the block, or is not live out)
 * is renamed to a fresh register, together with its uses up to the next definition. Definitions
 * that reach the end of the block live, or that an exception handler of the block may read, keep
 * their register, so control-flow merges see the same names as before.
 */
public final class LocalRenaming {
    private LocalRenaming() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        BlockLiveness live = BlockLiveness.of(method);
        for (Block b : method.blocks()) {
            BitSet out = live.liveOut(b);
            BitSet handlerLive = new BitSet();
            for (Block h : b.handlers()) {
                handlerLive.or(live.liveIn(h));
            }
            List<Insn> insns = b.insns();
            Map<VReg, Integer> lastDef = new HashMap<>();
            for (int k = 0; k < insns.size(); k++) {
                if (insns.get(k).def() != null) {
                    lastDef.put(insns.get(k).def(), k);
                }
            }
            Map<VReg, VReg> current = new HashMap<>();
            for (int k = 0; k < insns.size(); k++) {
                Insn insn = insns.get(k);
                VReg d = insn.def();
                boolean keep = d == null || handlerLive.get(d.id()) || (lastDef.get(d) == k && out.get(d.id()));
                VReg newDef = keep ? d : method.newReg(d.kind());
                boolean usesRenamed = false;
                for (VReg u : insn.uses()) {
                    usesRenamed |= current.containsKey(u);
                }
                if (usesRenamed || newDef != d) {
                    method.replace(b, k, InsnRewriter.rewrite(insn, r -> current.getOrDefault(r, r), newDef));
                }
                if (d != null) {
                    if (keep) {
                        current.remove(d);
                    } else {
                        current.put(d, newDef);
                    }
                }
            }
        }
    }
}
