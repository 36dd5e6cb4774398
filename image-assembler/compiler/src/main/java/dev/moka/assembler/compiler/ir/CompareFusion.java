package dev.moka.assembler.compiler.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses {@code lcmp} with the branch on its result: {@code t = lcmp a, b; if t >= 0} becomes
 * {@code if a >= b} on the two longs, one compare and one conditional jump instead of materialising
 * -1, 0 or 1 first. {@code t cond 0} holds exactly when {@code a cond b} does, for every condition.
 *
 * <p>{@code fcmpl}/{@code fcmpg}/{@code dcmpl}/{@code dcmpg} fuse the same way for the orderings
 * (not for {@code ==} and {@code !=}, which need two jumps on x86), using the meaning an {@link Insn.If}
 * on floating-point operands has: {@code >} and {@code >=} hold only when neither operand is NaN,
 * {@code <} and {@code <=} also when one is. A comparison whose NaN result is -1 ({@code *cmpl}) keeps
 * its operands; one whose NaN result is 1 ({@code *cmpg}) swaps them and the condition ({@code t < 0},
 * "a < b, NaN false", is "b > a"; {@code t > 0}, "a > b or NaN", is "b < a or NaN").
 *
 * <p>Only a result that nothing else reads is fused.
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
            if (last < 1 || !(insns.get(last) instanceof Insn.If f) || f.b() != null) {
                continue;
            }
            Insn compare = insns.get(last - 1);
            VReg result = compare.def();
            if (result == null || !f.a().equals(result) || uses.getOrDefault(result, 0) != 1
                    || method.params().contains(result) || !method.handlers(compare).isEmpty()) {
                continue;
            }
            Insn.If fused = fuse(compare, f);
            if (fused != null) {
                method.replace(b, last, fused);
                insns.remove(last - 1);
            }
        }
    }

    private static Insn.If fuse(Insn compare, Insn.If f) {
        if (compare instanceof Insn.CompareLong c) {
            return new Insn.If(f.cond(), c.a(), c.b(), f.ifTrue(), f.ifFalse());
        }
        if (compare instanceof Insn.CompareFloat c && f.cond() != Insn.Cond.EQ && f.cond() != Insn.Cond.NE) {
            if (c.nanResult() < 0) {
                return new Insn.If(f.cond(), c.a(), c.b(), f.ifTrue(), f.ifFalse());
            }
            Insn.Cond swapped = switch (f.cond()) {
                case LT -> Insn.Cond.GT;
                case LE -> Insn.Cond.GE;
                case GT -> Insn.Cond.LT;
                case GE -> Insn.Cond.LE;
                default -> throw new IllegalStateException("not an ordering: " + f.cond());
            };
            return new Insn.If(swapped, c.b(), c.a(), f.ifTrue(), f.ifFalse());
        }
        return null;
    }
}
