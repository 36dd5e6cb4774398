package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;
import java.util.ArrayList;
import java.util.Comparator;
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
 * register; only four are preserved so that this stays cheap, and a whole image in which no method
 * keeps a value in them lets its methods with handlers skip even that (see
 * {@link #allocateWithoutFloatSaves}).
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
        Allocation allocation = allocateWithoutFloatSaves(method);
        return method.hasHandlers() ? allocation.savingEveryPreservedFloat() : allocation;
    }

    /**
     * Allocates as {@link #allocate} does, except that a method with handlers saves only the
     * preserved SSE registers it takes itself. That is sound only in an image where no method takes
     * one: then no compiled code relies on them across a call, and what the unwinder skips cannot
     * matter. A compiler of a whole image allocates every method this way first, and gives the
     * methods with handlers {@link Allocation#savingEveryPreservedFloat} when any method took one.
     *
     * @param method a method in IR form
     * @return where each of its virtual registers lives
     */
    public static Allocation allocateWithoutFloatSaves(IrMethod method) {
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
        Set<Reg> usedCallee = EnumSet.noneOf(Reg.class);
        Set<Xmm> usedFloatCallee = EnumSet.noneOf(Xmm.class);
        RegisterPool<Reg> general = new RegisterPool<>(CALLEE_SAVED, CALLER_SAVED, usedCallee,
                l -> ((Location.InReg) l).reg());
        RegisterPool<Xmm> sse = new RegisterPool<>(FLOAT_CALLEE_SAVED, FLOAT_CALLER_SAVED, usedFloatCallee,
                l -> ((Location.InXmm) l).reg());
        int[] slots = {0};
        for (Interval current : live) {
            general.expire(current.start);
            sse.expire(current.start);
            if (current.mustSpill) {
                current.location = new Location.OnStack(slots[0]++);
            } else if (!current.reg.kind().isInteger()) {
                Xmm xmm = sse.take(current.crossesCall);
                if (xmm == null) {
                    xmm = sse.evictFor(current, victim -> victim.location = new Location.OnStack(slots[0]++));
                }
                if (xmm == null) {
                    current.location = new Location.OnStack(slots[0]++);
                } else {
                    current.location = new Location.InXmm(xmm);
                    sse.hold(current, xmm);
                }
            } else {
                Reg reg = general.take(current.crossesCall);
                if (reg == null) {
                    reg = general.evictFor(current, victim -> {
                        victim.location = new Location.OnStack(slots[0]++);
                        victim.shadowSlot = -1;
                    });
                }
                if (reg == null) {
                    current.location = new Location.OnStack(slots[0]++);
                } else {
                    current.location = new Location.InReg(reg);
                    general.hold(current, reg);
                    shadow(current, slots[0]);
                    slots[0] += current.shadowSlot >= 0 ? 1 : 0;
                }
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
            general.useAllPreserved();
        }
        return new Allocation(locations, slots[0], usedCallee, usedFloatCallee, liveAfter, shadowSlots);
    }

    /**
     * A reference live across a call keeps a copy in a frame slot, written at every definition, so
     * that the call's stack map lists it for the collector; reads use the register. The collector
     * does not move objects, so the register stays valid across the call.
     */
    private static void shadow(Interval it, int nextSlot) {
        it.shadowSlot = it.crossesCall && it.reg.kind() == dev.moka.assembler.compiler.model.TypeKind.REF ? nextSlot : -1;
    }
}
