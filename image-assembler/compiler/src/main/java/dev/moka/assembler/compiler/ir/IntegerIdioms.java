package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns two integer idioms of Java source into single instructions:
 *
 * <ul>
 *   <li><b>Unsigned widening.</b> {@code (long) x & 0xFFFFFFFFL}, the digit arithmetic of
 *       {@code BigInteger}, is a zero-extending move ({@link #ZERO_EXTEND}) instead of a sign
 *       extension, a 64-bit constant and an {@code and}; so is {@code y & 0xFFFFFFFFL} of a long.</li>
 *   <li><b>Comparisons as values.</b> {@code x = a < b ? 1 : 0} (and {@code boolean x = a < b}),
 *       which javac compiles to a branch and two constants, becomes one instruction that sets
 *       {@code x} from the comparison ({@link #COMPARE}{@code + cond}, a {@code setcc}): a borrow or
 *       carry computed this way in a loop no longer costs a mispredicted branch half the time.</li>
 * </ul>
 *
 * <p>Both are exact rewrites: the zero extension of {@code x} is {@code (long) x & 0xFFFFFFFFL} for
 * every int, and the comparison yields 1 exactly when the branch would have taken the side that
 * stored 1.
 */
public final class IntegerIdioms {
    /** {@code dst = src & 0xFFFFFFFFL}: the low 32 bits of an int or a long, zero-extended to a long. */
    public static final String ZERO_EXTEND = "int.zeroExtend";
    /** Prefix of {@code dst = (a cond b) ? 1 : 0}; the name ends with the condition ({@code int.compare.LT}). */
    public static final String COMPARE = "int.compare.";

    private static final long LOW_32_BITS = 0xFFFF_FFFFL;

    private IntegerIdioms() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        if (lowHalves(method)) {
            removeUnread(method);
        }
        comparisonsAsValues(method);
    }

    /**
     * {@code x & 0xFFFFFFFFL} is a zero-extending move of x's low half; when x is {@code (long) i}
     * (its last definition in the block, with {@code i} unchanged since), of {@code i} itself, and
     * the sign extension goes once nothing else reads it.
     */
    private static boolean lowHalves(IrMethod method) {
        Map<VReg, Long> single = singleConstants(method);
        boolean rewritten = false;
        for (Block b : method.blocks()) {
            List<Insn> insns = b.insns();
            for (int k = 0; k < insns.size(); k++) {
                if (insns.get(k) instanceof Insn.Binary bin && bin.op() == Insn.Op.AND
                        && bin.dst().kind() == TypeKind.LONG) {
                    VReg widened = null;
                    if (constant(bin.b(), insns, k, single) == LOW_32_BITS) {
                        widened = bin.a();
                    } else if (constant(bin.a(), insns, k, single) == LOW_32_BITS) {
                        widened = bin.b();
                    }
                    VReg source = widened == null ? null : signExtended(widened, insns, k);
                    if (widened != null && source == null) {
                        source = widened; // a long's low half: the same zero-extending move
                    }
                    if (source != null) {
                        method.replace(b, k, new Insn.Intrinsic(ZERO_EXTEND, bin.dst(), List.of(source)));
                        rewritten = true;
                    }
                }
            }
        }
        return rewritten;
    }

    /**
     * @return the int that {@code reg} is the sign extension of at instruction {@code index}: its
     *         last definition before it in the block is {@code reg = (long) x} and {@code x} has not
     *         changed since; or null
     */
    private static VReg signExtended(VReg reg, List<Insn> block, int index) {
        for (int k = index - 1; k >= 0; k--) {
            Insn earlier = block.get(k);
            if (reg.equals(earlier.def())) {
                if (earlier instanceof Insn.Convert c && c.conv() == Insn.Conv.I2L) {
                    for (int j = k + 1; j < index; j++) {
                        if (c.src().equals(block.get(j).def())) {
                            return null;
                        }
                    }
                    return c.src();
                }
                return null;
            }
        }
        return null;
    }

    private static long constant(VReg reg, List<Insn> block, int index, Map<VReg, Long> single) {
        for (int k = index - 1; k >= 0; k--) {
            Insn earlier = block.get(k);
            if (reg.equals(earlier.def())) {
                return earlier instanceof Insn.Const c ? c.value() : 0;
            }
        }
        return single.getOrDefault(reg, 0L);
    }

    private static Map<VReg, Long> singleConstants(IrMethod method) {
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
        return single;
    }

    /** Drops the sign extensions and constants the rewrite left unread (neither can throw). */
    private static void removeUnread(IrMethod method) {
        boolean removed = true;
        while (removed) {
            Set<VReg> read = new HashSet<>();
            for (Block b : method.blocks()) {
                for (Insn insn : b.insns()) {
                    read.addAll(insn.uses());
                }
            }
            removed = false;
            for (Block b : method.blocks()) {
                removed |= b.insns().removeIf(insn -> (insn instanceof Insn.Const
                        || insn instanceof Insn.Convert c && c.conv() == Insn.Conv.I2L)
                        && !read.contains(insn.def()) && !method.params().contains(insn.def()));
            }
        }
    }

    /**
     * {@code if (a cond b) { x = 1 } else { x = 0 }} (either way round), where each arm holds only
     * the constant and the jump to the same join and is reached only from the branch: the branch
     * becomes {@code x = COMPARE.cond(a, b)} and the arms go.
     */
    private static void comparisonsAsValues(IrMethod method) {
        Map<Block, List<Block>> predecessors = ControlFlow.predecessors(method.blocks(), true);
        Set<Block> handlers = new HashSet<>(method.handlerBlocks());
        List<Block> dropped = new ArrayList<>();
        for (Block b : method.blocks()) {
            if (dropped.contains(b) || !b.isTerminated()) {
                continue;
            }
            int last = b.insns().size() - 1;
            if (!(b.insns().get(last) instanceof Insn.If f) || f.ifTrue() == f.ifFalse()
                    || !(f.a().kind() == TypeKind.INT || f.a().kind() == TypeKind.LONG)) {
                continue;
            }
            Arm taken = arm(f.ifTrue(), b, predecessors, handlers);
            Arm notTaken = arm(f.ifFalse(), b, predecessors, handlers);
            if (taken == null || notTaken == null || !taken.dst().equals(notTaken.dst())
                    || taken.join() != notTaken.join() || taken.value() + notTaken.value() != 1) {
                continue;
            }
            Insn.Cond cond = taken.value() == 1 ? f.cond() : f.cond().negate();
            List<VReg> operands = f.b() == null ? List.of(f.a()) : List.of(f.a(), f.b());
            method.replace(b, last, new Insn.Intrinsic(COMPARE + cond.name(), taken.dst(), operands));
            b.add(new Insn.Goto(taken.join()));
            dropped.add(f.ifTrue());
            dropped.add(f.ifFalse());
        }
        method.blocks().removeAll(dropped);
    }

    /** One side of the diamond: {@code dst = value (0 or 1); goto join}. */
    private record Arm(VReg dst, long value, Block join) {
    }

    private static Arm arm(Block block, Block branch, Map<Block, List<Block>> predecessors, Set<Block> handlers) {
        List<Insn> insns = block.insns();
        if (insns.size() != 2 || handlers.contains(block) || !block.handlers().isEmpty()
                || !predecessors.getOrDefault(block, List.of()).equals(List.of(branch))) {
            return null;
        }
        if (insns.get(0) instanceof Insn.Const c && c.dst().kind() == TypeKind.INT && (c.value() == 0 || c.value() == 1)
                && insns.get(1) instanceof Insn.Goto g && g.target() != block) {
            return new Arm(c.dst(), c.value(), g.target());
        }
        return null;
    }
}
