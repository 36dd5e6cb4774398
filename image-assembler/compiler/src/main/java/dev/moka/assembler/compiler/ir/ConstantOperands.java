package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds integer constants into the arithmetic that reads them ({@link Insn.BinaryConst}), so that
 * {@code i + 1}, {@code x * 31}, {@code h >>> 16} and {@code n / 2} use an immediate operand (and a
 * division by a constant other than zero needs no checks), then drops constants nothing reads.
 *
 * <p>A register is known to hold a constant at an instruction when its last definition before it
 * in the same block is that constant, or when the register is defined once in the whole method.
 */
public final class ConstantOperands {
    private ConstantOperands() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        Map<VReg, Integer> defs = new HashMap<>();
        Map<VReg, Long> single = new HashMap<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn.def() != null) {
                    defs.merge(insn.def(), 1, Integer::sum);
                    if (insn instanceof Insn.Const c) {
                        single.put(c.dst(), c.value());
                    }
                }
            }
        }
        for (VReg p : method.params()) {
            defs.merge(p, 1, Integer::sum);
        }
        single.keySet().removeIf(r -> defs.get(r) != 1);
        boolean folded = false;
        for (Block b : method.blocks()) {
            List<Insn> insns = b.insns();
            for (int k = 0; k < insns.size(); k++) {
                if (insns.get(k) instanceof Insn.Binary bin && bin.dst().kind().isInteger()) {
                    Insn.BinaryConst fold = fold(bin, insns, k, single);
                    if (fold != null) {
                        method.replace(b, k, fold);
                        folded = true;
                    }
                }
            }
        }
        if (folded) {
            removeUnreadConstants(method);
        }
    }

    private static Insn.BinaryConst fold(Insn.Binary bin, List<Insn> block, int index, Map<VReg, Long> single) {
        Long b = constant(bin.b(), block, index, single);
        if (b != null && fits(bin, b)) {
            return new Insn.BinaryConst(bin.op(), bin.dst(), bin.a(), b);
        }
        Long a = constant(bin.a(), block, index, single);
        boolean commutes = switch (bin.op()) {
            case ADD, MUL, AND, OR, XOR -> true;
            default -> false;
        };
        if (a != null && commutes && fits(bin, a)) {
            return new Insn.BinaryConst(bin.op(), bin.dst(), bin.b(), a);
        }
        return null;
    }

    private static boolean fits(Insn.Binary bin, long value) {
        boolean isLong = bin.dst().kind() == TypeKind.LONG;
        boolean shift = bin.op() == Insn.Op.SHL || bin.op() == Insn.Op.SHR || bin.op() == Insn.Op.USHR;
        long v = isLong && !shift ? value : (int) value;
        if (v != (int) v) {
            return false;
        }
        boolean divides = bin.op() == Insn.Op.DIV || bin.op() == Insn.Op.REM;
        return !divides || v != 0;
    }

    private static Long constant(VReg reg, List<Insn> block, int index, Map<VReg, Long> single) {
        for (int k = index - 1; k >= 0; k--) {
            Insn earlier = block.get(k);
            if (reg.equals(earlier.def())) {
                return earlier instanceof Insn.Const c ? c.value() : null;
            }
        }
        return single.get(reg);
    }

    private static void removeUnreadConstants(IrMethod method) {
        Map<VReg, Integer> uses = new HashMap<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                for (VReg u : insn.uses()) {
                    uses.merge(u, 1, Integer::sum);
                }
            }
        }
        for (Block b : method.blocks()) {
            b.insns().removeIf(insn -> insn instanceof Insn.Const c && !uses.containsKey(c.dst())
                    && !method.params().contains(c.dst()));
        }
    }
}
