package dev.moka.assembler.compiler.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the moves between operand-stack temporaries and locals that the bytecode's load and store
 * instructions leave, once {@link LocalRenaming} has made the temporaries single-use.
 *
 * <ul>
 *   <li>{@code t = x op y; l = t} becomes {@code l = x op y} (a store);</li>
 *   <li>{@code t = l; ... use t} becomes {@code ... use l} when l is not assigned in between (a load).</li>
 * </ul>
 *
 * <p>Only blocks without exception handlers are touched, so a handler never sees a local assigned
 * earlier than the bytecode assigned it. An instruction is never made to write a register it also
 * reads, except as the first operand of arithmetic, which the backend handles (the bytecode's own
 * {@code x = x op y} has that form).
 */
public final class CopyCoalescing {
    /** How far ahead a load's single use is looked for. */
    private static final int WINDOW = 24;

    private CopyCoalescing() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        Map<VReg, Integer> defs = new HashMap<>();
        Map<VReg, Integer> uses = new HashMap<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn.def() != null) {
                    defs.merge(insn.def(), 1, Integer::sum);
                }
                for (VReg u : insn.uses()) {
                    uses.merge(u, 1, Integer::sum);
                }
            }
        }
        for (VReg p : method.params()) {
            defs.merge(p, 1, Integer::sum);
        }
        for (Block b : method.blocks()) {
            if (!b.handlers().isEmpty()) {
                continue;
            }
            coalesceStores(method, b, defs, uses);
            coalesceLoads(method, b, defs, uses);
        }
    }

    private static boolean singleUseTemporary(VReg t, Map<VReg, Integer> defs, Map<VReg, Integer> uses) {
        return defs.getOrDefault(t, 0) == 1 && uses.getOrDefault(t, 0) == 1;
    }

    private static void coalesceStores(IrMethod method, Block b, Map<VReg, Integer> defs, Map<VReg, Integer> uses) {
        List<Insn> insns = b.insns();
        for (int k = 0; k + 1 < insns.size(); k++) {
            Insn producer = insns.get(k);
            VReg t = producer.def();
            if (t == null || !(insns.get(k + 1) instanceof Insn.Move m) || !m.src().equals(t)
                    || !singleUseTemporary(t, defs, uses) || producer instanceof Insn.CatchEntry) {
                continue;
            }
            VReg local = m.dst();
            if (local.equals(t) || !writableOver(producer, local, null, null)) {
                continue;
            }
            method.replace(b, k, InsnRewriter.rewrite(producer, r -> r, local));
            insns.remove(k + 1);
            defs.merge(t, -1, Integer::sum);
            uses.merge(t, -1, Integer::sum);
        }
    }

    private static void coalesceLoads(IrMethod method, Block b, Map<VReg, Integer> defs, Map<VReg, Integer> uses) {
        List<Insn> insns = b.insns();
        for (int k = 0; k < insns.size(); k++) {
            if (!(insns.get(k) instanceof Insn.Move m) || !singleUseTemporary(m.dst(), defs, uses)
                    || m.dst().equals(m.src())) {
                continue;
            }
            VReg t = m.dst();
            VReg local = m.src();
            for (int j = k + 1; j < insns.size() && j <= k + WINDOW; j++) {
                Insn user = insns.get(j);
                if (user.uses().contains(t)) {
                    if (writableOver(user, user.def(), t, local)) {
                        method.replace(b, j, InsnRewriter.rewrite(user, r -> r.equals(t) ? local : r, user.def()));
                        insns.remove(k);
                        uses.merge(local, 1, Integer::sum);
                        k--;
                    }
                    break;
                }
                if (local.equals(user.def())) {
                    break;
                }
            }
        }
    }

    /**
     * Whether an instruction may write {@code newDef} once {@code replaced} among its operands (if
     * not null) reads {@code local} instead: it must not also read what it writes, except as the
     * only operand of a move, negation or conversion, or as the first operand of arithmetic.
     */
    private static boolean writableOver(Insn insn, VReg newDef, VReg replaced, VReg local) {
        if (newDef == null) {
            return true;
        }
        List<VReg> operands = insn.uses().stream().map(r -> r.equals(replaced) ? local : r).toList();
        if (!operands.contains(newDef)) {
            return true;
        }
        return switch (insn) {
            case Insn.Binary bin -> !operands.get(1).equals(newDef);
            case Insn.Negate n -> true;
            case Insn.Convert c -> true;
            case Insn.Move mv -> true;
            default -> false;
        };
    }
}
