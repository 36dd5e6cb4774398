package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves array accesses of the counting loop {@code for (int i = c; i < a.length; i++) ... a[i] ...}
 * in bounds and their array non-null, and marks them ({@link IrMethod#isProvenInBounds}) so that
 * the backend emits neither check. A marked access can never throw, so no handler, line or message
 * can tell the difference.
 *
 * <p>The loop header's branch must be the only way into the body: it compares {@code i < len}
 * (signed), its other target leaves the loop, the header has no exception handler, and the
 * in-loop target has the header as its only predecessor. {@code len} is {@code a.length} for the
 * array register {@code a} the access reads:
 * <ul>
 *   <li>computed in the header before the branch, with {@code a} assigned nowhere in the loop; or</li>
 *   <li>{@code len}'s only definition in the method is {@code a.length}, and {@code a}'s only
 *       definition (perhaps as a parameter) runs at most once, outside any cycle (as may a chain
 *       of copies it was made from, which then all hold the same array).</li>
 * </ul>
 * Either way {@code len} was computed without a NullPointerException, so {@code a} is not null.
 *
 * <p>{@code i} is an int register that is not a parameter; its only definition in the loop is
 * {@code i = i + 1}, outside the header, on no cycle that avoids the header; and every definition
 * outside the loop whose value may reach the header (reaching definitions, so that loops sharing
 * one local slot do not spoil each other) is a constant {@code >= 0}. Every pass
 * around the loop then crosses the test once and increments once, so at the header
 * {@code 0 <= i <= len} (no overflow: {@code i < len <= Integer.MAX_VALUE} before {@code + 1}).
 * An access qualifies in a loop block the in-loop target dominates, when no path from the
 * increment reaches it without going back through the header. Operands copied by a move in the
 * same block are followed to the register copied. Anything else keeps its checks.
 */
public final class LoopBoundsChecks {
    private final IrMethod method;
    private final ControlFlow flow;
    private final Map<VReg, List<Site>> defs = new HashMap<>();

    /** Where a register is written. */
    private record Site(Block block, int index, Insn insn) {
    }

    private LoopBoundsChecks(IrMethod method) {
        this.method = method;
        this.flow = ControlFlow.of(method);
        for (Block b : method.blocks()) {
            List<Insn> insns = b.insns();
            for (int k = 0; k < insns.size(); k++) {
                VReg d = insns.get(k).def();
                if (d != null) {
                    defs.computeIfAbsent(d, r -> new ArrayList<>()).add(new Site(b, k, insns.get(k)));
                }
            }
        }
    }

    /** @param method analysed; its proven accesses are marked */
    public static void run(IrMethod method) {
        if (method.blocks().isEmpty()) {
            return;
        }
        LoopBoundsChecks pass = new LoopBoundsChecks(method);
        for (Map.Entry<Block, BitSet> loop : pass.flow.naturalLoops().entrySet()) {
            pass.examine(loop.getKey(), loop.getValue());
        }
    }

    private void examine(Block header, BitSet body) {
        List<Insn> insns = header.insns();
        if (!header.isTerminated() || !(insns.get(insns.size() - 1) instanceof Insn.If test)
                || test.b() == null || test.ifTrue() == test.ifFalse() || !header.handlers().isEmpty()) {
            return;
        }
        boolean trueStays = inLoop(body, test.ifTrue());
        if (trueStays == inLoop(body, test.ifFalse())) {
            return;
        }
        Block entry = trueStays ? test.ifTrue() : test.ifFalse();
        Insn.Cond cond = trueStays ? test.cond() : test.cond().negate();
        int at = insns.size() - 1;
        VReg index;
        VReg length;
        if (cond == Insn.Cond.LT) {
            index = copied(header, at, test.a());
            length = copied(header, at, test.b());
        } else if (cond == Insn.Cond.GT) {
            index = copied(header, at, test.b());
            length = copied(header, at, test.a());
        } else {
            return;
        }
        if (index.kind() != TypeKind.INT || !flow.predecessors(entry).equals(List.of(header))) {
            return;
        }
        Set<VReg> arrays = arraysMeasured(header, at, length, body);
        Site increment = arrays.isEmpty() ? null : soleIncrement(index, body, header);
        if (increment == null || !startsNonNegative(index, body, header)) {
            return;
        }
        BitSet afterIncrement = flow.reachableAvoiding(increment.block(), header);
        for (Block b : flow.blocks()) {
            if (inLoop(body, b) && b != header && flow.dominates(entry, b) && !afterIncrement.get(flow.indexOf(b))) {
                markAccesses(b, b == increment.block() ? increment.index() : Integer.MAX_VALUE, arrays, index);
            }
        }
    }

    private void markAccesses(Block b, int before, Set<VReg> arrays, VReg index) {
        List<Insn> insns = b.insns();
        for (int k = 0; k < Math.min(before, insns.size()); k++) {
            Insn insn = insns.get(k);
            VReg a;
            VReg i;
            if (insn instanceof Insn.ArrayLoad load) {
                a = load.array();
                i = load.index();
            } else if (insn instanceof Insn.ArrayStore store) {
                a = store.array();
                i = store.index();
            } else {
                continue;
            }
            if (arrays.contains(copied(b, k, a)) && copied(b, k, i).equals(index)) {
                method.markProvenInBounds(insn);
            }
        }
    }

    /**
     * @return the registers that hold the array whose length {@code length} holds whenever the
     *         header's test reads it (empty when that is not certain)
     */
    private Set<VReg> arraysMeasured(Block header, int at, VReg length, BitSet body) {
        int k = lastDefBefore(header, at, length);
        if (k >= 0) {
            if (!(header.insns().get(k) instanceof Insn.ArrayLength len)) {
                return Set.of();
            }
            VReg array = copied(header, k, len.array());
            return definedIn(array, body) ? Set.of() : Set.of(array);
        }
        List<Site> lengthDefs = defs.getOrDefault(length, List.of());
        if (lengthDefs.size() != 1 || !(lengthDefs.get(0).insn() instanceof Insn.ArrayLength len)
                || method.params().contains(length)) {
            return Set.of();
        }
        // Registers written once, by code on no cycle, never change after that write; a chain of
        // such copies all hold the measured array.
        Set<VReg> arrays = new HashSet<>();
        VReg current = len.array();
        while (current != null && assignedAtMostOnce(current) && arrays.add(current)) {
            List<Site> d = defs.getOrDefault(current, List.of());
            current = !d.isEmpty() && d.get(0).insn() instanceof Insn.Move move ? move.src() : null;
        }
        return arrays;
    }

    private boolean assignedAtMostOnce(VReg reg) {
        List<Site> regDefs = defs.getOrDefault(reg, List.of());
        boolean param = method.params().contains(reg);
        if (regDefs.size() + (param ? 1 : 0) != 1) {
            return false;
        }
        if (param) {
            return true;
        }
        Block where = regDefs.get(0).block();
        return !flow.reachableAvoiding(where, null).get(flow.indexOf(where));
    }

    /** @return the loop's only definition of {@code index} when it is {@code index = index + 1} where allowed */
    private Site soleIncrement(VReg index, BitSet body, Block header) {
        if (method.params().contains(index)) {
            return null;
        }
        Site found = null;
        for (Site s : defs.getOrDefault(index, List.of())) {
            if (!inLoop(body, s.block())) {
                continue;
            }
            if (found != null || s.block() == header
                    || !(s.insn() instanceof Insn.BinaryConst add && add.op() == Insn.Op.ADD
                            && add.a().equals(index) && add.b() == 1)) {
                return null;
            }
            found = s;
        }
        if (found == null || flow.reachableAvoiding(found.block(), header).get(flow.indexOf(found.block()))) {
            return null;
        }
        return found;
    }

    private boolean startsNonNegative(VReg index, BitSet body, Block header) {
        for (Site s : defs.getOrDefault(index, List.of())) {
            if (inLoop(body, s.block())) {
                continue;
            }
            if (!(s.insn() instanceof Insn.Const c && (int) c.value() >= 0) && reaches(s, header)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether the value written at {@code def} may still be in its register when control
     *         enters {@code target}: a block that writes the register again passes the value on
     *         only to its handlers (an exception may come before that write)
     */
    private boolean reaches(Site def, Block target) {
        VReg reg = def.insn().def();
        BitSet seen = new BitSet();
        java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>();
        boolean killedInOwnBlock = lastDefBefore(def.block(), def.block().insns().size(), reg) > def.index();
        for (Block s : killedInOwnBlock ? def.block().handlers() : def.block().successors()) {
            if (!seen.get(flow.indexOf(s))) {
                seen.set(flow.indexOf(s));
                work.push(s);
            }
        }
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (b == target) {
                return true;
            }
            boolean writes = lastDefBefore(b, b.insns().size(), reg) >= 0;
            for (Block s : writes ? b.handlers() : b.successors()) {
                if (!seen.get(flow.indexOf(s))) {
                    seen.set(flow.indexOf(s));
                    work.push(s);
                }
            }
        }
        return false;
    }

    private boolean definedIn(VReg reg, BitSet body) {
        if (method.params().contains(reg) && body.get(0)) {
            return true;
        }
        for (Site s : defs.getOrDefault(reg, List.of())) {
            if (inLoop(body, s.block())) {
                return true;
            }
        }
        return false;
    }

    private boolean inLoop(BitSet body, Block b) {
        return body.get(flow.indexOf(b));
    }

    /**
     * @return the register whose value {@code reg} holds at instruction {@code at} of {@code b}:
     *         {@code reg} itself, or what a move earlier in the block copied into it when that
     *         source is not written between the move and {@code at}
     */
    private static VReg copied(Block b, int at, VReg reg) {
        VReg current = reg;
        int before = at;
        for (int hops = 0; hops < 4; hops++) {
            int k = lastDefBefore(b, before, current);
            if (k < 0 || !(b.insns().get(k) instanceof Insn.Move move)
                    || lastDefBefore(b, at, move.src()) > k) {
                return current;
            }
            current = move.src();
            before = k;
        }
        return current;
    }

    private static int lastDefBefore(Block b, int at, VReg reg) {
        for (int k = at - 1; k >= 0; k--) {
            if (reg.equals(b.insns().get(k).def())) {
                return k;
            }
        }
        return -1;
    }
}
