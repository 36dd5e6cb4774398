package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a method's body may replace its calls: it must be small, and no instruction of it
 * may call, allocate, reach a GC point or throw. Such a method's frame can never be seen, neither by
 * a stack trace nor by the collector.
 *
 * <p>What cannot throw: arithmetic except integer division and remainder, which are accepted when
 * the divisor is a constant other than zero; conversions and comparisons; constants; branches; the
 * floating-point intrinsics; static fields of the method's own class (a call from elsewhere has
 * initialised the class before it); and fields of the receiver, which the call site checks for null
 * before the body runs.
 */
final class InlineCandidate {
    /** Instructions a callee may have at most, returns and branches included. */
    static final int MAX_INSNS = 40;

    private InlineCandidate() {
    }

    /** @param method a method @return whether it is small enough to be worth judging */
    static boolean smallEnough(IrMethod method) {
        if (method.hasHandlers()) {
            return false;
        }
        int count = 0;
        for (Block b : method.blocks()) {
            count += b.insns().size();
        }
        return count <= MAX_INSNS;
    }

    /** @param method a method @return whether every instruction of it is safe to run in its caller's frame */
    static boolean qualifies(IrMethod method) {
        if (!smallEnough(method)) {
            return false;
        }
        Receiver receiver = new Receiver(method);
        for (Block b : method.blocks()) {
            List<Insn> insns = b.insns();
            for (int k = 0; k < insns.size(); k++) {
                if (!safe(insns.get(k), insns, k, receiver, method)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean safe(Insn insn, List<Insn> block, int index, Receiver receiver, IrMethod method) {
        return switch (insn) {
            case Insn.Const c -> true;
            case Insn.ConstString c -> true;
            case Insn.ConstClass c -> true;
            case Insn.ClassRef c -> true;
            case Insn.Move m -> true;
            case Insn.Negate n -> true;
            case Insn.Convert c -> true;
            case Insn.CompareLong c -> true;
            case Insn.CompareFloat c -> true;
            case Insn.Goto g -> true;
            case Insn.If f -> true;
            case Insn.Switch s -> true;
            case Insn.Return r -> true;
            case Insn.Binary bin -> !divides(bin) || constantDivisor(bin.b(), block, index);
            case Insn.BinaryConst bin -> true;
            case Insn.Intrinsic in -> in.isPureArithmetic();
            case Insn.GetField g -> receiver.holds(g.obj(), block, index);
            case Insn.PutField p -> receiver.holds(p.obj(), block, index);
            case Insn.NullCheck n -> receiver.holds(n.obj(), block, index);
            case Insn.GetStatic g -> g.field().owner().equals(method.source().owner().name());
            case Insn.PutStatic p -> p.field().owner().equals(method.source().owner().name());
            default -> false;
        };
    }

    private static boolean divides(Insn.Binary bin) {
        return (bin.op() == Insn.Op.DIV || bin.op() == Insn.Op.REM) && bin.dst().kind().isInteger();
    }

    /** Whether the divisor's last definition before the division, in the same block, is a non-zero constant. */
    private static boolean constantDivisor(VReg divisor, List<Insn> block, int index) {
        for (int k = index - 1; k >= 0; k--) {
            Insn earlier = block.get(k);
            if (divisor.equals(earlier.def())) {
                return earlier instanceof Insn.Const c
                        && (divisor.kind() == TypeKind.INT ? (int) c.value() != 0 : c.value() != 0);
            }
        }
        return false;
    }

    /**
     * Tells whether a register holds the receiver at a point of the method: the receiver's own
     * register (when the body never assigns it), or a register whose reaching definition is a move
     * from one that does. Inlined calls on {@code this} pass it on through such moves.
     */
    private static final class Receiver {
        private static final int MAX_DEPTH = 16;
        private final VReg self;
        private final Map<VReg, Insn> onlyDefinition = new HashMap<>();
        private final Map<Insn, List<Insn>> blockOf = new IdentityHashMap<>();
        private final Map<Insn, Integer> indexOf = new IdentityHashMap<>();

        Receiver(IrMethod method) {
            Map<VReg, Integer> defs = new HashMap<>();
            for (Block b : method.blocks()) {
                for (int k = 0; k < b.insns().size(); k++) {
                    Insn insn = b.insns().get(k);
                    blockOf.put(insn, b.insns());
                    indexOf.put(insn, k);
                    if (insn.def() != null) {
                        defs.merge(insn.def(), 1, Integer::sum);
                        onlyDefinition.put(insn.def(), insn);
                    }
                }
            }
            onlyDefinition.keySet().removeIf(r -> defs.get(r) != 1);
            VReg first = method.source().isStatic() ? null : method.params().get(0);
            self = first != null && !defs.containsKey(first) ? first : null;
        }

        boolean holds(VReg reg, List<Insn> block, int index) {
            return holds(reg, block, index, 0);
        }

        private boolean holds(VReg reg, List<Insn> block, int index, int depth) {
            if (self == null || depth > MAX_DEPTH) {
                return false;
            }
            if (reg.equals(self)) {
                return true;
            }
            for (int k = index - 1; k >= 0; k--) {
                Insn earlier = block.get(k);
                if (reg.equals(earlier.def())) {
                    return earlier instanceof Insn.Move m && holds(m.src(), block, k, depth + 1);
                }
            }
            Insn only = onlyDefinition.get(reg);
            return only instanceof Insn.Move m && holds(m.src(), blockOf.get(only), indexOf.get(only), depth + 1);
        }
    }
}
