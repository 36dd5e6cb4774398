package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.ir.IndexFacts.Below;
import dev.moka.assembler.compiler.ir.IndexFacts.Term;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes null and bounds checks that cannot fail. A forward data-flow analysis over the method
 * ({@link IndexFacts}) learns from what the code has already done: a branch {@code i < n} orders
 * {@code i} below {@code n} on its taken side, {@code n = a.length} puts {@code n} at or below the
 * array's length, {@code i = i + 1} keeps {@code i <= n} (it cannot overflow below a strict bound),
 * an access {@code a[i]} that did not throw leaves {@code a} not null and {@code i} a valid index,
 * a field access or a call on an object leaves it not null, and {@code this} is never null. An
 * access whose index is provably {@code >= 0} and below the array's length needs no bounds check;
 * an object or array provably not null needs no null check. So {@code for (int i = 0; i < a.length;
 * i++) a[i]}, a count-down loop from {@code a.length - 1}, a second access to the same element and
 * {@code table[hash & (table.length - 1)]} run without checks.
 *
 * <p>Where nothing is proven the checks stay, so a failing access still throws exactly where and
 * how it did: an index changed in the body, an array reassigned in the loop, a limit above the
 * length or a step that may overflow past {@code Integer.MAX_VALUE} all keep their checks. Values
 * are the registers' current values: redefining a register forgets every fact about it, so facts
 * never outlive the value they describe. Exception handlers start knowing nothing.
 */
public final class BoundsCheckElimination {
    /**
     * Facts the analysis of one method may carry through instructions in all (the sum, over every
     * instruction it runs over, of the facts known there), beyond which it gives up and proves
     * nothing: the facts of a method grow with its values, so a very large method (the JDK's
     * {@code BigDecimal} code with its callees inlined) would otherwise take minutes. Methods of
     * benchmark loops stay far below it.
     */
    static final long WORK_LIMIT = 4_000_000;
    /**
     * Orderings of one kind a copy takes over from its source at most (all of them or none). They
     * only matter once the source is redefined (until then the copy's ordering with its source
     * reaches them), and copying every one made the facts grow with the square of a large method's
     * chains of copies.
     */
    static final int COPIED_ORDERINGS = 16;

    private BoundsCheckElimination() {
    }

    /**
     * @param method rewritten in place: its proven accesses are marked (see {@link IrMethod#indexInBounds})
     * @return whether the analysis ran to the end (it proves nothing when it gave up, see {@link #WORK_LIMIT})
     */
    public static boolean run(IrMethod method) {
        if (!hasChecks(method) || !allTerminated(method)) {
            return true;
        }
        List<Block> blocks = method.blocks();
        Map<Block, List<Block>> predecessors = ControlFlow.predecessors(blocks, false);
        Set<Block> handlers = new HashSet<>(method.handlerBlocks());
        Block entry = blocks.get(0);
        IndexFacts entryFacts = IndexFacts.none();
        if (!method.source().isStatic() && !method.params().isEmpty()) {
            entryFacts.setNonNull(method.params().get(0));
        }
        Map<Block, IndexFacts> in = new HashMap<>();
        Map<Block, Map<Block, IndexFacts>> out = new HashMap<>();
        long[] work = {0};
        boolean changed = true;
        while (changed) {
            changed = false;
            if (work[0] > WORK_LIMIT) {
                return false;
            }
            for (Block b : blocks) {
                IndexFacts start = incoming(b, b == entry ? entryFacts : null, handlers.contains(b),
                        predecessors.getOrDefault(b, List.of()), out);
                if (start == null) {
                    continue;
                }
                IndexFacts previous = in.get(b);
                if (previous != null) {
                    start.meet(previous);
                    start.widen(previous);
                    if (start.equals(previous)) {
                        continue;
                    }
                }
                in.put(b, start);
                out.put(b, edges(b, start.copy(), null, work));
                if (work[0] > WORK_LIMIT) {
                    return false;
                }
                changed = true;
            }
        }
        for (Block b : blocks) {
            IndexFacts start = in.get(b);
            if (start != null) {
                edges(b, start.copy(), method, work);
            }
        }
        return true;
    }

    private static IndexFacts incoming(Block b, IndexFacts entryFacts, boolean isHandler, List<Block> preds,
            Map<Block, Map<Block, IndexFacts>> out) {
        if (isHandler) {
            return IndexFacts.none();
        }
        IndexFacts facts = entryFacts == null ? null : entryFacts.copy();
        for (Block p : preds) {
            Map<Block, IndexFacts> edges = out.get(p);
            if (edges == null) {
                continue;
            }
            IndexFacts edge = edges.get(b);
            if (facts == null) {
                facts = edge.copy();
            } else {
                facts.meet(edge);
            }
        }
        return facts;
    }

    /**
     * Runs a block's instructions over its incoming facts; with {@code mark} set, records the
     * checks found redundant on the way.
     *
     * @return the facts on each edge out of the block
     */
    private static Map<Block, IndexFacts> edges(Block b, IndexFacts facts, IrMethod mark, long[] work) {
        List<Insn> insns = b.insns();
        for (int k = 0; k < insns.size() - 1; k++) {
            Insn insn = insns.get(k);
            work[0] += 1 + facts.size();
            if (work[0] > WORK_LIMIT) {
                // The caller gives up before it uses what this pass found.
                return Map.of();
            }
            if (mark != null) {
                mark(insn, facts, mark);
            }
            apply(insn, facts);
        }
        Map<Block, IndexFacts> edges = new HashMap<>();
        Insn last = insns.get(insns.size() - 1);
        if (last instanceof Insn.If f) {
            IndexFacts taken = facts.copy();
            IndexFacts notTaken = facts.copy();
            branch(f, taken, true);
            branch(f, notTaken, false);
            edges.put(f.ifFalse(), notTaken);
            if (f.ifTrue() == f.ifFalse()) {
                notTaken.meet(taken);
            } else {
                edges.put(f.ifTrue(), taken);
            }
        } else if (last instanceof Insn.Terminator t) {
            for (Block target : t.targets()) {
                edges.put(target, facts);
            }
        }
        return edges;
    }

    private static void mark(Insn insn, IndexFacts facts, IrMethod method) {
        switch (insn) {
            case Insn.ArrayLoad a -> markAccess(insn, a.array(), a.index(), facts, method);
            case Insn.ArrayStore a -> markAccess(insn, a.array(), a.index(), facts, method);
            case Insn.ArrayLength a -> markNotNull(insn, a.array(), facts, method);
            case Insn.GetField g -> markNotNull(insn, g.obj(), facts, method);
            case Insn.PutField p -> markNotNull(insn, p.obj(), facts, method);
            case Insn.NullCheck n -> markNotNull(insn, n.obj(), facts, method);
            case Insn.Invoke inv -> {
                if (!inv.target().isStatic() && !inv.args().isEmpty()) {
                    markNotNull(insn, inv.args().get(0), facts, method);
                }
            }
            default -> {
            }
        }
    }

    private static void markAccess(Insn insn, VReg array, VReg index, IndexFacts facts, IrMethod method) {
        markNotNull(insn, array, facts, method);
        if (facts.isValidIndex(index, array)) {
            method.proveIndexInBounds(insn);
        }
    }

    private static void markNotNull(Insn insn, VReg obj, IndexFacts facts, IrMethod method) {
        if (facts.isNonNull(obj)) {
            method.proveOperandNotNull(insn);
        }
    }

    /** What an instruction that completes normally leaves known. */
    private static void apply(Insn insn, IndexFacts facts) {
        switch (insn) {
            case Insn.ArrayLoad a -> {
                accessed(a.array(), a.index(), facts);
                redefine(a.dst(), facts);
                if (a.elementDescriptor().equals("C") || a.elementDescriptor().equals("Z")) {
                    facts.atLeast(a.dst(), 0);
                }
            }
            case Insn.ArrayStore a -> accessed(a.array(), a.index(), facts);
            case Insn.ArrayLength a -> {
                redefine(a.dst(), facts);
                facts.setNonNull(a.array());
                facts.atLeast(a.dst(), 0);
                facts.addBelow(a.dst(), new Term(a.array().id(), true), false);
            }
            case Insn.NewArray n -> {
                redefine(n.dst(), facts);
                facts.setNonNull(n.dst());
                if (n.length().kind() == TypeKind.INT && !n.length().equals(n.dst())) {
                    facts.atLeast(n.length(), 0);
                    facts.addBelow(n.length(), new Term(n.dst().id(), true), false);
                }
            }
            case Insn.GetField g -> {
                facts.setNonNull(g.obj());
                redefine(g.dst(), facts);
            }
            case Insn.PutField p -> facts.setNonNull(p.obj());
            case Insn.NullCheck n -> facts.setNonNull(n.obj());
            case Insn.Invoke inv -> {
                if (!inv.target().isStatic() && !inv.args().isEmpty()) {
                    facts.setNonNull(inv.args().get(0));
                }
                redefine(inv.dst(), facts);
            }
            case Insn.New n -> {
                redefine(n.dst(), facts);
                facts.setNonNull(n.dst());
            }
            case Insn.ConstString c -> {
                redefine(c.dst(), facts);
                facts.setNonNull(c.dst());
            }
            case Insn.ConstClass c -> {
                redefine(c.dst(), facts);
                facts.setNonNull(c.dst());
            }
            case Insn.Const c -> {
                redefine(c.dst(), facts);
                if (c.dst().kind() == TypeKind.INT) {
                    facts.atLeast(c.dst(), (int) c.value());
                }
            }
            case Insn.Move m -> move(m, facts);
            case Insn.BinaryConst b -> binaryConst(b, facts);
            case Insn.Binary b -> binary(b, facts);
            default -> redefine(insn.def(), facts);
        }
    }

    private static void redefine(VReg r, IndexFacts facts) {
        if (r != null) {
            facts.forget(r);
        }
    }

    private static void accessed(VReg array, VReg index, IndexFacts facts) {
        facts.setNonNull(array);
        facts.atLeast(index, 0);
        facts.addBelow(index, new Term(array.id(), true), true);
    }

    /** dst = src: dst takes src's facts, as subject, as right side and as array. */
    private static void move(Insn.Move m, IndexFacts facts) {
        VReg dst = m.dst();
        VReg src = m.src();
        if (dst.equals(src)) {
            return;
        }
        boolean nonNull = facts.isNonNull(src);
        Long low = facts.lowerBound(src);
        Set<Below> under = facts.below(src);
        Set<Below> over = facts.above(src);
        Set<Below> lengths = facts.belowLengthOf(src);
        facts.forget(dst);
        if (nonNull) {
            facts.setNonNull(dst);
        }
        if (dst.kind() == TypeKind.REF) {
            facts.setCopy(dst, src);
        }
        if (dst.kind() != TypeKind.INT) {
            for (Below b : lengths.size() <= COPIED_ORDERINGS ? lengths : Set.<Below>of()) {
                facts.addBelow(new VReg(b.subject(), TypeKind.INT), new Term(dst.id(), true), b.strict());
            }
            return;
        }
        if (low != null) {
            facts.atLeast(dst, low);
        }
        for (Below b : under.size() <= COPIED_ORDERINGS ? under : Set.<Below>of()) {
            facts.addBelow(dst, b.term(), b.strict());
        }
        for (Below b : over.size() <= COPIED_ORDERINGS ? over : Set.<Below>of()) {
            facts.addBelow(new VReg(b.subject(), TypeKind.INT), new Term(dst.id(), false), b.strict());
        }
        facts.addBelow(dst, new Term(src.id(), false), false);
        facts.addBelow(src, new Term(dst.id(), false), false);
    }

    /**
     * {@code dst = a + c} (or {@code a - c}) for ints: the bounds of {@code a} move by {@code c} when
     * the addition provably does not wrap: adding 1 below a strict upper bound, or subtracting from
     * a value with a lower bound that stays above {@code Integer.MIN_VALUE}.
     */
    private static void binaryConst(Insn.BinaryConst b, IndexFacts facts) {
        VReg dst = b.dst();
        VReg a = b.a();
        if (dst.kind() != TypeKind.INT) {
            redefine(dst, facts);
            return;
        }
        long c;
        switch (b.op()) {
            case ADD -> c = (int) b.b();
            case SUB -> c = -(long) (int) b.b();
            case AND -> {
                redefine(dst, facts);
                if ((int) b.b() >= 0) {
                    facts.atLeast(dst, 0);
                }
                return;
            }
            case USHR -> {
                Long low = facts.lowerBound(a);
                boolean nonNegative = low != null && low >= 0;
                Set<Below> under = nonNegative ? facts.below(a) : Set.of();
                redefine(dst, facts);
                if (((int) b.b() & 31) != 0 || nonNegative) {
                    facts.atLeast(dst, 0);
                }
                if (nonNegative && !dst.equals(a)) {
                    facts.addBelow(dst, new Term(a.id(), false), false);
                }
                if (nonNegative) {
                    for (Below u : under) {
                        facts.addBelow(dst, u.term(), u.strict());
                    }
                }
                return;
            }
            case SHR -> {
                Long low = facts.lowerBound(a);
                boolean nonNegative = low != null && low >= 0;
                Set<Below> under = nonNegative ? facts.below(a) : Set.of();
                redefine(dst, facts);
                if (nonNegative) {
                    facts.atLeast(dst, 0);
                    for (Below u : under) {
                        facts.addBelow(dst, u.term(), u.strict());
                    }
                    if (!dst.equals(a)) {
                        facts.addBelow(dst, new Term(a.id(), false), false);
                    }
                }
                return;
            }
            default -> {
                redefine(dst, facts);
                return;
            }
        }
        Long low = facts.lowerBound(a);
        boolean fits;
        if (c == 0) {
            fits = true;
        } else if (c > 0) {
            fits = c == 1 && facts.hasStrictUpperBound(a);
        } else {
            fits = low != null && low + c >= Integer.MIN_VALUE;
        }
        List<Below> derived = new ArrayList<>();
        Long derivedLow = null;
        if (fits) {
            if (low != null) {
                derivedLow = low + c;
            }
            for (Below u : facts.below(a)) {
                if (c == 0) {
                    derived.add(new Below(dst.id(), u.term(), u.strict()));
                } else if (c < 0) {
                    derived.add(new Below(dst.id(), u.term(), true));
                } else if (u.strict()) {
                    derived.add(new Below(dst.id(), u.term(), false));
                }
            }
            for (Below o : facts.above(a)) {
                if (c == 0) {
                    derived.add(new Below(o.subject(), new Term(dst.id(), false), o.strict()));
                } else if (c > 0) {
                    derived.add(new Below(o.subject(), new Term(dst.id(), false), true));
                } else if (c == -1 && o.strict()) {
                    derived.add(new Below(o.subject(), new Term(dst.id(), false), false));
                }
            }
            if (!dst.equals(a)) {
                if (c > 0) {
                    derived.add(new Below(a.id(), new Term(dst.id(), false), true));
                } else if (c < 0) {
                    derived.add(new Below(dst.id(), new Term(a.id(), false), true));
                } else {
                    derived.add(new Below(a.id(), new Term(dst.id(), false), false));
                    derived.add(new Below(dst.id(), new Term(a.id(), false), false));
                }
            }
        }
        facts.forget(dst);
        if (derivedLow != null) {
            facts.atLeast(dst, derivedLow);
        }
        for (Below d : derived) {
            if (d.subject() == d.term().reg() && !d.term().length()) {
                continue;
            }
            facts.addBelow(new VReg(d.subject(), TypeKind.INT), d.term(), d.strict());
        }
    }

    /**
     * {@code x & y} with one side not negative lies between 0 and that side, which makes
     * {@code a[h & (a.length - 1)]} provably in bounds.
     */
    private static void binary(Insn.Binary b, IndexFacts facts) {
        VReg dst = b.dst();
        if (dst.kind() != TypeKind.INT || b.op() != Insn.Op.AND) {
            redefine(dst, facts);
            return;
        }
        List<VReg> nonNegative = new ArrayList<>();
        for (VReg side : List.of(b.a(), b.b())) {
            Long low = facts.lowerBound(side);
            if (low != null && low >= 0 && !side.equals(dst)) {
                nonNegative.add(side);
            }
        }
        boolean anyNonNegative = nonNegative.size() > 0 || nonNegativeOperand(b, facts);
        redefine(dst, facts);
        if (anyNonNegative) {
            facts.atLeast(dst, 0);
        }
        for (VReg side : nonNegative) {
            facts.addBelow(dst, new Term(side.id(), false), false);
        }
    }

    private static boolean nonNegativeOperand(Insn.Binary b, IndexFacts facts) {
        for (VReg side : List.of(b.a(), b.b())) {
            Long low = facts.lowerBound(side);
            if (low != null && low >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What a two-way branch tells on one of its sides. */
    private static void branch(Insn.If f, IndexFacts facts, boolean taken) {
        VReg a = f.a();
        if (a.kind() == TypeKind.REF) {
            if (f.b() == null && ((f.cond() == Insn.Cond.NE) == taken)) {
                facts.setNonNull(a);
            }
            return;
        }
        if (a.kind() != TypeKind.INT) {
            return;
        }
        Insn.Cond cond = taken ? f.cond() : f.cond().negate();
        if (f.b() == null) {
            switch (cond) {
                case GE, EQ -> facts.atLeast(a, 0);
                case GT -> facts.atLeast(a, 1);
                default -> {
                }
            }
            return;
        }
        VReg b = f.b();
        switch (cond) {
            case LT -> less(a, b, true, facts);
            case LE -> less(a, b, false, facts);
            case GT -> less(b, a, true, facts);
            case GE -> less(b, a, false, facts);
            case EQ -> {
                less(a, b, false, facts);
                less(b, a, false, facts);
            }
            case NE -> {
            }
        }
    }

    /** Records {@code x < y} (or {@code x <= y}), and that y is at least x's lower bound (plus one). */
    private static void less(VReg x, VReg y, boolean strict, IndexFacts facts) {
        facts.addBelow(x, new Term(y.id(), false), strict);
        Long low = facts.lowerBound(x);
        if (low != null) {
            facts.atLeast(y, strict ? low + 1 : low);
        }
    }

    private static boolean hasChecks(IrMethod method) {
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.ArrayLoad || insn instanceof Insn.ArrayStore || insn instanceof Insn.ArrayLength
                        || insn instanceof Insn.GetField || insn instanceof Insn.PutField) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allTerminated(IrMethod method) {
        for (Block b : method.blocks()) {
            if (!b.isTerminated()) {
                return false;
            }
        }
        return true;
    }
}
