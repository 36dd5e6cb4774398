package dev.moka.assembler.compiler.regalloc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One class of machine registers (general or SSE) during a linear scan: which are free, split by
 * whether calls preserve them, and which intervals hold the others.
 *
 * @param <R> the register type
 */
final class RegisterPool<R> {
    private final List<R> calleeSaved;
    private final Deque<R> freeCallee;
    private final Deque<R> freeCaller;
    private final Set<R> usedCallee;
    private final Function<Location, R> registerOf;
    private final List<Interval> active = new ArrayList<>();

    /**
     * @param calleeSaved registers calls preserve, in the order they are handed out
     * @param callerSaved registers calls may overwrite, in the order they are handed out
     * @param usedCallee  filled with the preserved registers handed out, which the method must save
     * @param registerOf  the register of a location in this class
     */
    RegisterPool(List<R> calleeSaved, List<R> callerSaved, Set<R> usedCallee, Function<Location, R> registerOf) {
        this.calleeSaved = calleeSaved;
        this.freeCallee = new ArrayDeque<>(calleeSaved);
        this.freeCaller = new ArrayDeque<>(callerSaved);
        this.usedCallee = usedCallee;
        this.registerOf = registerOf;
    }

    /** Frees the registers of intervals that end before {@code position}. */
    void expire(int position) {
        active.removeIf(a -> {
            if (a.end >= position) {
                return false;
            }
            R r = registerOf.apply(a.location);
            (calleeSaved.contains(r) ? freeCallee : freeCaller).push(r);
            return true;
        });
    }

    /**
     * @param crossesCall whether the value must survive calls
     * @return a free register that fits, preferring those calls may overwrite when any fits, or null
     */
    R take(boolean crossesCall) {
        if (crossesCall) {
            return freeCallee.poll();
        }
        return !freeCaller.isEmpty() ? freeCaller.poll() : freeCallee.poll();
    }

    /**
     * Takes the register of the active interval that ends last, if it ends after {@code current}
     * and holds a register {@code current} may use.
     *
     * @param current the interval that found no free register
     * @param spill   gives the evicted interval its stack slot
     * @return the register taken, or null when no active interval is worth evicting
     */
    R evictFor(Interval current, Consumer<Interval> spill) {
        Interval victim = null;
        for (Interval a : active) {
            boolean fits = !current.crossesCall || calleeSaved.contains(registerOf.apply(a.location));
            if (fits && a.end > current.end && (victim == null || a.end > victim.end)) {
                victim = a;
            }
        }
        if (victim == null) {
            return null;
        }
        R taken = registerOf.apply(victim.location);
        active.remove(victim);
        spill.accept(victim);
        return taken;
    }

    /** Records that {@code it}, now located in {@code reg}, holds it until it expires. */
    void hold(Interval it, R reg) {
        active.add(it);
        if (calleeSaved.contains(reg)) {
            usedCallee.add(reg);
        }
    }

    /** Marks every preserved register as used: the method saves them all. */
    void useAllPreserved() {
        usedCallee.addAll(calleeSaved);
    }
}
