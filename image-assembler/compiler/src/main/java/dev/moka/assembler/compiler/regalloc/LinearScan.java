package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Linear-scan register allocation (Poletto and Sarkar) over the intervals from {@link Liveness}.
 *
 * <p>Register roles: RAX, RCX, RDX and R11 are never allocated, so the backend always has scratch
 * registers for division, shifts and spilled operands; RSP and RBP hold the frame. Values live
 * across a call get only callee-saved registers, so calls need no saves around them; a reference
 * among them also gets a frame slot that mirrors the register, for the stack maps. When no
 * register fits, the interval that ends last is spilled to its own stack slot.
 *
 * <p>Floats and doubles follow the same rule with SSE registers: {@link #FLOAT_CALLEE_SAVED} are
 * preserved by every compiled method that uses them (unlike the System V ABI, where all are
 * scratch), so a double summed across a call in a loop stays in a register instead of going to
 * memory at each use. A method pays once per activation, one store and one load per register it
 * takes, which is no more than a spilled value's own store at its definition and load at its use.
 * Methods with exception handlers save all of them, as they save every callee-saved general
 * register; only four are preserved so that this stays cheap.
 */
public final class LinearScan {
    /** Callee-saved registers, in the order they are handed out. */
    public static final List<Reg> CALLEE_SAVED = List.of(Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15);
    /** Caller-saved registers that are not scratch, in the order they are handed out. */
    public static final List<Reg> CALLER_SAVED = List.of(Reg.R10, Reg.R9, Reg.R8, Reg.RDI, Reg.RSI);

    /**
     * SSE registers that calls preserve, in the order they are handed out. They hold the floats and
     * doubles live across calls; a method saves those it uses in its frame.
     */
    public static final List<Xmm> FLOAT_CALLEE_SAVED = List.of(Xmm.XMM12, Xmm.XMM13, Xmm.XMM14, Xmm.XMM15);

    /**
     * SSE registers that calls may overwrite, for floats and doubles not live across a call. XMM0
     * and XMM1 are left out: they stay free as scratch.
     */
    public static final List<Xmm> FLOAT_CALLER_SAVED = List.of(Xmm.XMM11, Xmm.XMM10, Xmm.XMM9, Xmm.XMM8,
            Xmm.XMM7, Xmm.XMM6, Xmm.XMM5, Xmm.XMM4, Xmm.XMM3, Xmm.XMM2);

    private LinearScan() {
    }

    /** @param method a method in IR form @return where each of its virtual registers lives */
    public static Allocation allocate(IrMethod method) {
        List<Integer> calls = new ArrayList<>();
        java.util.Map<dev.moka.assembler.compiler.ir.Insn, java.util.BitSet> liveAfter = new java.util.IdentityHashMap<>();
        List<Interval> all = Liveness.intervals(method, calls, liveAfter);
        List<Interval> live = new ArrayList<>();
        for (Interval it : all) {
            if (it.isLive()) {
                live.add(it);
            }
        }
        live.sort(Comparator.comparingInt((Interval i) -> i.start).thenComparingInt(i -> i.reg.id()));
        Deque<Reg> freeCallee = new ArrayDeque<>(CALLEE_SAVED);
        Deque<Reg> freeCaller = new ArrayDeque<>(CALLER_SAVED);
        List<Interval> active = new ArrayList<>();
        Deque<Xmm> freeFloatCallee = new ArrayDeque<>(FLOAT_CALLEE_SAVED);
        Deque<Xmm> freeFloatCaller = new ArrayDeque<>(FLOAT_CALLER_SAVED);
        List<Interval> activeFloat = new ArrayList<>();
        Set<Reg> usedCallee = EnumSet.noneOf(Reg.class);
        Set<Xmm> usedFloatCallee = EnumSet.noneOf(Xmm.class);
        int slots = 0;
        for (Interval current : live) {
            expire(active, current.start, freeCallee, freeCaller);
            if (current.mustSpill) {
                current.location = new Location.OnStack(slots++);
                continue;
            }
            if (!current.reg.kind().isInteger()) {
                expireFloat(activeFloat, current.start, freeFloatCallee, freeFloatCaller);
                Xmm xmm = current.crossesCall ? freeFloatCallee.poll()
                        : (!freeFloatCaller.isEmpty() ? freeFloatCaller.poll() : freeFloatCallee.poll());
                if (xmm == null) {
                    Interval victim = null;
                    for (Interval a : activeFloat) {
                        Xmm held = ((Location.InXmm) a.location).reg();
                        boolean fits = !current.crossesCall || FLOAT_CALLEE_SAVED.contains(held);
                        if (fits && a.end > current.end && (victim == null || a.end > victim.end)) {
                            victim = a;
                        }
                    }
                    if (victim != null) {
                        xmm = ((Location.InXmm) victim.location).reg();
                        victim.location = new Location.OnStack(slots++);
                        activeFloat.remove(victim);
                    }
                }
                if (xmm == null) {
                    current.location = new Location.OnStack(slots++);
                } else {
                    current.location = new Location.InXmm(xmm);
                    activeFloat.add(current);
                    if (FLOAT_CALLEE_SAVED.contains(xmm)) {
                        usedFloatCallee.add(xmm);
                    }
                }
                continue;
            }
            Reg reg = current.crossesCall ? freeCallee.poll()
                    : (!freeCaller.isEmpty() ? freeCaller.poll() : freeCallee.poll());
            if (reg != null) {
                assign(current, reg, active, usedCallee);
                shadow(current, slots);
                slots += current.shadowSlot >= 0 ? 1 : 0;
                continue;
            }
            Interval victim = null;
            for (Interval a : active) {
                Reg held = ((Location.InReg) a.location).reg();
                boolean fits = !current.crossesCall || CALLEE_SAVED.contains(held);
                if (fits && a.end > current.end && (victim == null || a.end > victim.end)) {
                    victim = a;
                }
            }
            if (victim != null) {
                Reg taken = ((Location.InReg) victim.location).reg();
                victim.location = new Location.OnStack(slots++);
                victim.shadowSlot = -1;
                active.remove(victim);
                assign(current, taken, active, usedCallee);
                shadow(current, slots);
                slots += current.shadowSlot >= 0 ? 1 : 0;
            } else {
                current.location = new Location.OnStack(slots++);
            }
        }
        List<Location> locations = new ArrayList<>();
        int[] shadowSlots = new int[all.size()];
        for (Interval it : all) {
            locations.add(it.location);
            shadowSlots[it.reg.id()] = it.location instanceof Location.InReg ? it.shadowSlot : -1;
        }
        if (method.hasHandlers()) {
            // A handler is entered from the unwinder, which does not restore registers: the method
            // saves every callee-saved register so that its caller finds them intact either way.
            usedCallee.addAll(CALLEE_SAVED);
            usedFloatCallee.addAll(FLOAT_CALLEE_SAVED);
        }
        return new Allocation(locations, slots, usedCallee, usedFloatCallee, liveAfter, shadowSlots);
    }

    /**
     * A reference live across a call keeps a copy in a frame slot, written at every definition, so
     * that the call's stack map lists it for the collector; reads use the register. The collector
     * does not move objects, so the register stays valid across the call.
     */
    private static void shadow(Interval it, int nextSlot) {
        it.shadowSlot = it.crossesCall && it.reg.kind() == dev.moka.assembler.compiler.model.TypeKind.REF ? nextSlot : -1;
    }

    private static void assign(Interval it, Reg reg, List<Interval> active, Set<Reg> usedCallee) {
        it.location = new Location.InReg(reg);
        active.add(it);
        if (CALLEE_SAVED.contains(reg)) {
            usedCallee.add(reg);
        }
    }

    private static void expireFloat(List<Interval> active, int position, Deque<Xmm> freeCallee, Deque<Xmm> freeCaller) {
        active.removeIf(a -> {
            if (a.end >= position) {
                return false;
            }
            Xmm x = ((Location.InXmm) a.location).reg();
            (FLOAT_CALLEE_SAVED.contains(x) ? freeCallee : freeCaller).push(x);
            return true;
        });
    }

    private static void expire(List<Interval> active, int position, Deque<Reg> freeCallee, Deque<Reg> freeCaller) {
        active.removeIf(a -> {
            if (a.end >= position) {
                return false;
            }
            Reg r = ((Location.InReg) a.location).reg();
            (CALLEE_SAVED.contains(r) ? freeCallee : freeCaller).push(r);
            return true;
        });
    }
}
