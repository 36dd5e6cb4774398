package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loop versioning for bounds checks: a counting loop whose accesses {@code a[i + c]} are bounded
 * by a limit unrelated to the array ({@code for (i = from; i < n; i++) a[i]}) gets a copy that
 * runs when a few tests made once before the loop hold ({@code a != null}, {@code n <= a.length},
 * {@code from >= 0}); otherwise the original loop runs, with all its checks. The tests are ordinary
 * branches, so {@link BoundsCheckElimination}, which runs next, learns the same facts from them on
 * the copy's side and drops the checks there by its usual reasoning; nothing is assumed here that
 * it does not prove. Either way the same code runs with the same values, so results and exceptions
 * are the ones the loop always had: when the tests fail (the loop may go out of bounds), the
 * original runs and throws at the failing access, after the iterations before it.
 *
 * <p>A loop qualifies when its header has one entry from outside, it ends in a branch comparing a
 * counter with a value the loop does not change (or with zero), the counter changes only by
 * {@code i = i + 1} or {@code i = i - 1}, the loop holds no exception handler and at most
 * {@value #MAX_INSTRUCTIONS} instructions, and some access in it indexes an array the loop does not
 * reassign with {@code i}, {@code i + 1} or {@code i - 1}.
 */
public final class LoopVersioning {
    /** Larger loops are left alone: the copy doubles their code. */
    static final int MAX_INSTRUCTIONS = 80;

    private LoopVersioning() {
    }

    /** @param method rewritten in place */
    public static void run(IrMethod method) {
        if (method.hasHandlers() || !allTerminated(method)) {
            return;
        }
        // Only accesses the analysis cannot prove as the code stands are worth a copy, and only where
        // the analysis runs to the end: a copy it cannot reason about gains nothing.
        if (!BoundsCheckElimination.run(method)) {
            method.forgetProofs();
            return;
        }
        // The graph and its dominators change only where a loop gets a copy: worked out once, and
        // again after each copy, not for each candidate header.
        Map<Block, List<Block>> preds = ControlFlow.predecessors(method.blocks(), true);
        Map<Block, Set<Block>> dominators = dominators(method, preds);
        for (Block header : new ArrayList<>(method.blocks())) {
            if (versionLoopAt(method, header, preds, dominators)) {
                preds = ControlFlow.predecessors(method.blocks(), true);
                dominators = dominators(method, preds);
            }
        }
        // The analysis runs again over the changed code; its earlier findings are not kept.
        method.forgetProofs();
    }

    /** A counting loop: its counter, how it steps, and the test that keeps it in the loop. */
    private record Counter(VReg index, int step, Insn.Cond stay, VReg limit) {
    }

    /** An access to version for: the array and the constant added to the counter. */
    private record Access(VReg array, int offset) {
    }

    /** @return whether the loop headed there got a copy */
    private static boolean versionLoopAt(IrMethod method, Block header, Map<Block, List<Block>> preds,
                                         Map<Block, Set<Block>> dominators) {
        if (!(header.insns().get(header.insns().size() - 1) instanceof Insn.If f) || f.a().kind() != TypeKind.INT) {
            return false;
        }
        // In layout order, so that the guards and the copy come out the same on every build.
        Set<Block> found = naturalLoop(header, preds, dominators);
        Set<Block> loop = new LinkedHashSet<>();
        for (Block b : method.blocks()) {
            if (found.contains(b)) {
                loop.add(b);
            }
        }
        if (loop.isEmpty()) {
            return false;
        }
        List<Block> outside = new ArrayList<>();
        for (Block p : preds.getOrDefault(header, List.of())) {
            if (!loop.contains(p)) {
                outside.add(p);
            }
        }
        if (outside.size() != 1 || size(loop) > MAX_INSTRUCTIONS) {
            return false;
        }
        Map<VReg, Integer> defs = definitions(loop);
        Counter counter = counter(header, loop, defs);
        if (counter == null) {
            return false;
        }
        Set<Access> accesses = accesses(method, loop, counter.index(), defs);
        if (accesses.isEmpty()) {
            return false;
        }
        Block entry = outside.get(0);
        List<Block> guards = guards(method, counter, accesses);
        if (guards == null) {
            return false;
        }
        // Guards right after the entry and the copy right after the loop, so that what lives in the
        // loop lives over one stretch of code (intervals have no holes).
        Block previous = entry;
        for (Block g : guards) {
            method.blocks().remove(g);
            method.blocks().add(method.blocks().indexOf(previous) + 1, g);
            previous = g;
        }
        Map<Block, Block> copies = copy(method, loop);
        Block first = guards.get(0);
        retarget(method, entry, header, first);
        Block last = guards.get(guards.size() - 1);
        // Every guard falls back to the original loop; the last one enters the copy.
        for (Block g : guards) {
            Insn.If test = (Insn.If) g.insns().get(g.insns().size() - 1);
            Block next = g == last ? copies.get(header) : guards.get(guards.indexOf(g) + 1);
            method.replace(g, g.insns().size() - 1, new Insn.If(test.cond(), test.a(), test.b(), next, header));
        }
        return true;
    }

    /**
     * The tests under which every access stays in bounds, one branch per block, each taking its
     * "holds" side to the next: the arrays are not null, and the counter's first value and the
     * limit keep {@code i + c} within {@code [0, length)} for the smallest and largest {@code c}
     * each array is indexed with. The tests are the ones {@link BoundsCheckElimination} needs to
     * see: {@code limit <= length} (or {@code <}) orders the limit below the length, and a counter
     * that may reach its limit ({@code i <= limit}) also needs {@code limit < Integer.MAX_VALUE}, or
     * {@code i + 1} could wrap.
     */
    private static List<Block> guards(IrMethod method, Counter counter, Set<Access> accesses) {
        Map<VReg, int[]> offsets = new LinkedHashMap<>();
        for (Access a : accesses) {
            int[] range = offsets.computeIfAbsent(a.array(), k -> new int[] {a.offset(), a.offset()});
            range[0] = Math.min(range[0], a.offset());
            range[1] = Math.max(range[1], a.offset());
        }
        List<Block> blocks = new ArrayList<>();
        for (VReg array : offsets.keySet()) {
            blocks.add(branch(method, List.of(), Insn.Cond.NE, array, null));
        }
        VReg i = counter.index();
        VReg limit = counter.limit();
        int lowest = Integer.MAX_VALUE;
        for (Map.Entry<VReg, int[]> e : offsets.entrySet()) {
            int low = e.getValue()[0];
            int high = e.getValue()[1];
            lowest = Math.min(lowest, low);
            VReg length = method.newReg(TypeKind.INT);
            Insn.ArrayLength readLength = new Insn.ArrayLength(length, e.getKey());
            if (counter.step() > 0) {
                // The last index is limit - 1 + c (i < limit) or limit + c (i <= limit).
                int last = high + (counter.stay() == Insn.Cond.LT ? 0 : 1);
                if (last > 1) {
                    return null;
                }
                blocks.add(branch(method, List.of(readLength), last <= 0 ? Insn.Cond.LE : Insn.Cond.LT, limit, length));
            } else if (high > 0) {
                // The first index is i + c: i < length - c.
                VReg bound = method.newReg(TypeKind.INT);
                blocks.add(branch(method, List.of(readLength, new Insn.BinaryConst(Insn.Op.SUB, bound, length, high)),
                        Insn.Cond.LT, i, bound));
            } else {
                blocks.add(branch(method, List.of(readLength), high == 0 ? Insn.Cond.LT : Insn.Cond.LE, i, length));
            }
        }
        if (counter.step() > 0) {
            blocks.add(atLeast(method, i, -lowest));
            if (counter.stay() == Insn.Cond.LE) {
                VReg max = method.newReg(TypeKind.INT);
                blocks.add(branch(method, List.of(new Insn.Const(max, Integer.MAX_VALUE)), Insn.Cond.LT, limit, max));
            }
        } else {
            // The last index is limit + c (i >= limit) or limit + 1 + c (i > limit).
            int low = -lowest - (counter.stay() == Insn.Cond.GT ? 1 : 0);
            if (limit != null) {
                blocks.add(atLeast(method, limit, low));
            } else if (low > 0) {
                return null;
            }
        }
        return blocks;
    }

    /** A guard block testing {@code value >= low}. */
    private static Block atLeast(IrMethod method, VReg value, int low) {
        if (low == 0) {
            return branch(method, List.of(), Insn.Cond.GE, value, null);
        }
        VReg constant = method.newReg(TypeKind.INT);
        return branch(method, List.of(new Insn.Const(constant, low)), Insn.Cond.GE, value, constant);
    }

    /** A new block: the instructions, then a branch whose targets the caller sets. */
    private static Block branch(IrMethod method, List<Insn> before, Insn.Cond cond, VReg a, VReg b) {
        Block block = method.newBlock();
        before.forEach(block::add);
        block.add(new Insn.If(cond, a, b, block, block));
        return block;
    }

    /**
     * The counter of a loop whose header ends in {@code if (i cond limit)} with one side leaving the
     * loop, where {@code i} is defined in the loop only by {@code i = i + 1} or {@code i = i - 1}
     * and the limit not at all (or is zero).
     */
    private static Counter counter(Block header, Set<Block> loop, Map<VReg, Integer> defs) {
        Insn last = header.insns().get(header.insns().size() - 1);
        if (!(last instanceof Insn.If f) || f.a().kind() != TypeKind.INT) {
            return null;
        }
        boolean trueStays = loop.contains(f.ifTrue());
        if (trueStays == loop.contains(f.ifFalse())) {
            return null;
        }
        Insn.Cond stay = trueStays ? f.cond() : f.cond().negate();
        VReg i = f.a();
        VReg limit = f.b();
        if (limit != null && defs.containsKey(limit)) {
            // i and the limit may be written the other way round: limit > i.
            if (defs.containsKey(i)) {
                return null;
            }
            i = f.b();
            limit = f.a();
            stay = switch (stay) {
                case LT -> Insn.Cond.GT;
                case LE -> Insn.Cond.GE;
                case GT -> Insn.Cond.LT;
                case GE -> Insn.Cond.LE;
                default -> stay;
            };
        }
        int step = step(i, loop, defs);
        if (step == 0) {
            return null;
        }
        boolean counts = step > 0 ? (stay == Insn.Cond.LT || stay == Insn.Cond.LE) && limit != null
                : stay == Insn.Cond.GE || stay == Insn.Cond.GT;
        return counts ? new Counter(i, step, stay, limit) : null;
    }

    /** @return +1 or -1 when the loop's only definition of {@code i} is {@code i = i + step}, else 0 */
    private static int step(VReg i, Set<Block> loop, Map<VReg, Integer> defs) {
        if (defs.getOrDefault(i, 0) != 1) {
            return 0;
        }
        for (Block b : loop) {
            for (Insn insn : b.insns()) {
                if (i.equals(insn.def())) {
                    if (insn instanceof Insn.BinaryConst bc && bc.a().equals(i)
                            && (bc.op() == Insn.Op.ADD || bc.op() == Insn.Op.SUB)) {
                        long step = bc.op() == Insn.Op.ADD ? bc.b() : -bc.b();
                        return step == 1 || step == -1 ? (int) step : 0;
                    }
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * Accesses {@code a[i + c]}, {@code |c| <= 1}, not already proven in bounds, to arrays the loop
     * does not write, whose index is the counter or computed from it earlier in the same block with
     * the counter unchanged since.
     */
    private static Set<Access> accesses(IrMethod method, Set<Block> loop, VReg i, Map<VReg, Integer> defs) {
        Set<Access> found = new LinkedHashSet<>();
        for (Block b : loop) {
            List<Insn> insns = b.insns();
            for (int k = 0; k < insns.size(); k++) {
                VReg array;
                VReg index;
                if (method.indexInBounds(insns.get(k))) {
                    continue;
                }
                if (insns.get(k) instanceof Insn.ArrayLoad a) {
                    array = a.array();
                    index = a.index();
                } else if (insns.get(k) instanceof Insn.ArrayStore a) {
                    array = a.array();
                    index = a.index();
                } else {
                    continue;
                }
                if (defs.containsKey(array)) {
                    continue;
                }
                Integer offset = offset(index, i, insns, k);
                if (offset != null) {
                    found.add(new Access(array, offset));
                }
            }
        }
        return found;
    }

    private static Integer offset(VReg index, VReg i, List<Insn> block, int at) {
        if (index.equals(i)) {
            return 0;
        }
        for (int k = at - 1; k >= 0; k--) {
            Insn earlier = block.get(k);
            if (i.equals(earlier.def())) {
                return null;
            }
            if (index.equals(earlier.def())) {
                if (earlier instanceof Insn.BinaryConst bc && bc.a().equals(i)
                        && (bc.op() == Insn.Op.ADD || bc.op() == Insn.Op.SUB)) {
                    long c = bc.op() == Insn.Op.ADD ? bc.b() : -bc.b();
                    return c >= -1 && c <= 1 ? (int) c : null;
                }
                return null;
            }
        }
        return null;
    }

    /** Copies the loop's blocks; branches between them go to the copies, branches out stay. */
    private static Map<Block, Block> copy(IrMethod method, Set<Block> loop) {
        Map<Block, Block> copies = new LinkedHashMap<>();
        for (Block b : method.blocks()) {
            if (loop.contains(b)) {
                copies.put(b, null);
            }
        }
        Block previous = null;
        for (Block b : copies.keySet()) {
            previous = b;
        }
        for (Block b : copies.keySet()) {
            Block copy = method.insertBlockAfter(previous);
            copies.put(b, copy);
            previous = copy;
        }
        for (Map.Entry<Block, Block> e : copies.entrySet()) {
            for (Insn insn : e.getKey().insns()) {
                Insn copy = switch (insn) {
                    case Insn.Goto g -> new Insn.Goto(copies.getOrDefault(g.target(), g.target()));
                    case Insn.If f -> new Insn.If(f.cond(), f.a(), f.b(), copies.getOrDefault(f.ifTrue(), f.ifTrue()),
                            copies.getOrDefault(f.ifFalse(), f.ifFalse()));
                    case Insn.Switch s -> {
                        List<Block> cases = new ArrayList<>();
                        s.cases().forEach(c -> cases.add(copies.getOrDefault(c, c)));
                        yield new Insn.Switch(s.key(), s.keys(), cases, copies.getOrDefault(s.otherwise(), s.otherwise()));
                    }
                    case Insn.InitClass c -> new Insn.InitClass(c.className());
                    default -> InsnRewriter.rewrite(insn, r -> r, insn.def());
                };
                e.getValue().add(copy);
                method.copyAttributes(insn, copy);
            }
        }
        return copies;
    }

    /** Points the entry block's branches to the loop header at the first guard instead. */
    private static void retarget(IrMethod method, Block entry, Block header, Block guard) {
        int last = entry.insns().size() - 1;
        Insn t = entry.insns().get(last);
        Insn replaced = switch (t) {
            case Insn.Goto g -> new Insn.Goto(guard);
            case Insn.If f -> new Insn.If(f.cond(), f.a(), f.b(), f.ifTrue() == header ? guard : f.ifTrue(),
                    f.ifFalse() == header ? guard : f.ifFalse());
            case Insn.Switch s -> {
                List<Block> cases = new ArrayList<>();
                s.cases().forEach(c -> cases.add(c == header ? guard : c));
                yield new Insn.Switch(s.key(), s.keys(), cases, s.otherwise() == header ? guard : s.otherwise());
            }
            default -> t;
        };
        method.replace(entry, last, replaced);
    }

    /**
     * The blocks of the natural loop headed by {@code header}: the sources of its back edges (the
     * predecessors it dominates) and every block that reaches one of them without passing it.
     */
    private static Set<Block> naturalLoop(Block header, Map<Block, List<Block>> preds, Map<Block, Set<Block>> dominators) {
        Set<Block> loop = new HashSet<>();
        ArrayDeque<Block> work = new ArrayDeque<>();
        for (Block p : preds.getOrDefault(header, List.of())) {
            if (dominators.getOrDefault(p, Set.of()).contains(header)) {
                work.add(p);
            }
        }
        if (work.isEmpty()) {
            return Set.of();
        }
        loop.add(header);
        while (!work.isEmpty()) {
            Block b = work.poll();
            if (loop.add(b)) {
                work.addAll(preds.getOrDefault(b, List.of()));
            }
        }
        return loop;
    }

    /** Each reachable block's dominators (itself included), by the iterative data-flow method. */
    private static Map<Block, Set<Block>> dominators(IrMethod method, Map<Block, List<Block>> preds) {
        List<Block> blocks = method.blocks();
        Block entry = blocks.get(0);
        Set<Block> all = new HashSet<>(blocks);
        Map<Block, Set<Block>> dom = new HashMap<>();
        for (Block b : blocks) {
            dom.put(b, b == entry ? new HashSet<>(Set.of(entry)) : new HashSet<>(all));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : blocks) {
                if (b == entry) {
                    continue;
                }
                Set<Block> meet = null;
                for (Block p : preds.getOrDefault(b, List.of())) {
                    if (meet == null) {
                        meet = new HashSet<>(dom.get(p));
                    } else {
                        meet.retainAll(dom.get(p));
                    }
                }
                if (meet == null) {
                    meet = new HashSet<>();
                }
                meet.add(b);
                if (!meet.equals(dom.get(b))) {
                    dom.put(b, meet);
                    changed = true;
                }
            }
        }
        return dom;
    }

    private static Map<VReg, Integer> definitions(Set<Block> loop) {
        Map<VReg, Integer> defs = new HashMap<>();
        for (Block b : loop) {
            for (Insn insn : b.insns()) {
                if (insn.def() != null) {
                    defs.merge(insn.def(), 1, Integer::sum);
                }
            }
        }
        return defs;
    }

    private static int size(Set<Block> loop) {
        int n = 0;
        for (Block b : loop) {
            n += b.insns().size();
        }
        return n;
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
