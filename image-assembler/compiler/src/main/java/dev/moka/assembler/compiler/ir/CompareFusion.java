package dev.moka.assembler.compiler.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses {@code lcmp} with the branch on its result: {@code t = lcmp a, b; if t >= 0} becomes
 * {@code if a >= b} on the two longs, one compare and one conditional jump instead of materialising
 * -1, 0 or 1 first. {@code t cond 0} holds exactly when {@code a cond b} does, for every condition.
 * Only a result that nothing else reads is fused.
 */
public final class CompareFusion {
    private CompareFusion() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        Map<VReg, Integer> uses = new HashMap<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                for (VReg u : insn.uses()) {
                    uses.merge(u, 1, Integer::sum);
                }
            }
        }
        for (Block b : method.blocks()) {
            List<Insn> insns = b.insns();
            int last = insns.size() - 1;
            if (last < 1 || !(insns.get(last) instanceof Insn.If f) || f.b() != null
                    || !(insns.get(last - 1) instanceof Insn.CompareLong c)) {
                continue;
            }
            VReg result = c.dst();
            if (!f.a().equals(result) || uses.getOrDefault(result, 0) != 1 || method.params().contains(result)
                    || !method.handlers(c).isEmpty()) {
                continue;
            }
            method.replace(b, last, new Insn.If(f.cond(), c.a(), c.b(), f.ifTrue(), f.ifFalse()));
            insns.remove(last - 1);
        }
    }
}
