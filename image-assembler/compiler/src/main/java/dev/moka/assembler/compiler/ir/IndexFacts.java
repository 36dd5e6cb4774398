package dev.moka.assembler.compiler.ir;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is known to hold at one point of a method about its int and reference registers: which
 * references are not null, which reference registers are copies of which (such as the receiver an
 * inlined method got), a lower bound of an int, and orderings {@code x < y} or
 * {@code x <= y} between an int and another int or an array's length. {@link BoundsCheckElimination} computes
 * these by data flow; every fact is about the registers' current values, so redefining a register
 * forgets everything said about it.
 */
final class IndexFacts {
    /**
     * The right side of an ordering: an int register, or the length of the array a register holds.
     *
     * @param reg    the register's id
     * @param length whether the term is the length of the array in {@code reg}
     */
    record Term(int reg, boolean length) {
    }

    /**
     * {@code subject < term} (strict) or {@code subject <= term}.
     *
     * @param subject an int register's id
     * @param term    what it is compared with
     * @param strict  whether the ordering is strict
     */
    record Below(int subject, Term term, boolean strict) {
    }

    private final BitSet nonNull;
    /**
     * Reference registers copied from another that still holds the same value: a check of the copy
     * proves the original not null too. At most {@link #MAX_COPIES} are followed at a time, so
     * that what redefining a register costs stays bounded.
     */
    private final Map<Integer, Integer> copyOf;
    private static final int MAX_COPIES = 64;
    private final Map<Integer, Long> lower;
    private final Set<Below> below;
    /**
     * The orderings again, under the register each mentions (its subject, and its right side's
     * register), or null until there are more than {@link #INDEX_FROM}: every update and query is
     * about one register, and large methods know thousands of orderings, but most points of most
     * methods know a few, which a scan finds faster than an index is built.
     */
    private Map<Integer, Set<Below>> byRegister;
    private static final int INDEX_FROM = 32;

    private IndexFacts(BitSet nonNull, Map<Integer, Integer> copyOf, Map<Integer, Long> lower, Set<Below> below) {
        this.nonNull = nonNull;
        this.copyOf = copyOf;
        this.lower = lower;
        this.below = below;
    }

    /** @return whether the orderings are indexed by register, building the index once they are many */
    private boolean indexed() {
        if (byRegister == null && below.size() > INDEX_FROM) {
            byRegister = new HashMap<>();
            for (Below b : below) {
                index(b);
            }
        }
        return byRegister != null;
    }

    private void index(Below b) {
        byRegister.computeIfAbsent(b.subject(), k -> new HashSet<>()).add(b);
        byRegister.computeIfAbsent(b.term().reg(), k -> new HashSet<>()).add(b);
    }

    private void unindex(Below b) {
        Set<Below> bySubject = byRegister.get(b.subject());
        if (bySubject != null) {
            bySubject.remove(b);
        }
        Set<Below> byTerm = byRegister.get(b.term().reg());
        if (byTerm != null) {
            byTerm.remove(b);
        }
    }

    /** @return the orderings that may mention the register (all of them while there is no index) */
    private Set<Below> mentioning(int reg) {
        if (!indexed()) {
            return below;
        }
        Set<Below> found = byRegister.get(reg);
        return found == null ? Set.of() : found;
    }

    /** @return how many facts are known: the analysis's measure of its own work */
    int size() {
        return below.size() + lower.size() + copyOf.size();
    }

    /** @return no facts at all */
    static IndexFacts none() {
        return new IndexFacts(new BitSet(), new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    IndexFacts copy() {
        return new IndexFacts((BitSet) nonNull.clone(), new HashMap<>(copyOf), new HashMap<>(lower),
                new HashSet<>(below));
    }

    // ---- queries ----

    boolean isNonNull(VReg r) {
        return nonNull.get(r.id());
    }

    /** @return the lower bound known for an int register, or null */
    Long lowerBound(VReg r) {
        return lower.get(r.id());
    }

    /** @return whether {@code 0 <= index < array.length} holds */
    boolean isValidIndex(VReg index, VReg array) {
        Long low = lower.get(index.id());
        return low != null && low >= 0 && isBelow(index.id(), new Term(array.id(), true));
    }

    /**
     * Whether a chain of orderings leads from the register to the term with at least one strict
     * step. The search is breadth first over (register, strict so far) and visits each at most
     * once, so it ends on cycles.
     */
    private boolean isBelow(int subject, Term target) {
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(new long[] {subject, 0});
        seen.add((long) subject << 1);
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            for (Below b : mentioning((int) at[0])) {
                if (b.subject() != at[0]) {
                    continue;
                }
                boolean strict = at[1] != 0 || b.strict();
                if (b.term().equals(target)) {
                    if (strict) {
                        return true;
                    }
                    continue;
                }
                if (!b.term().length()) {
                    long key = (long) b.term().reg() << 1 | (strict ? 1 : 0);
                    if (seen.add(key)) {
                        queue.add(new long[] {b.term().reg(), strict ? 1 : 0});
                    }
                }
            }
        }
        return false;
    }

    /**
     * @return whether a chain of orderings with a strict step puts the register below some value,
     *         so that adding 1 to it cannot overflow
     */
    boolean hasStrictUpperBound(VReg r) {
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(new long[] {r.id(), 0});
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            for (Below b : mentioning((int) at[0])) {
                if (b.subject() != at[0]) {
                    continue;
                }
                if (at[1] != 0 || b.strict()) {
                    return true;
                }
                if (!b.term().length() && seen.add((long) b.term().reg())) {
                    queue.add(new long[] {b.term().reg(), 0});
                }
            }
        }
        return false;
    }

    // ---- updates ----

    /** Learns that a reference is not null, and so are the registers it was copied from. */
    void setNonNull(VReg r) {
        for (Integer id = r.id(); id != null && !nonNull.get(id); id = copyOf.get(id)) {
            nonNull.set(id);
        }
    }

    /** Learns that a reference register was just copied from another. */
    void setCopy(VReg copy, VReg original) {
        if (copy.id() != original.id() && copyOf.size() < MAX_COPIES) {
            copyOf.put(copy.id(), original.id());
        }
    }

    /** Raises the lower bound of an int register to at least {@code bound}. */
    void atLeast(VReg r, long bound) {
        lower.merge(r.id(), bound, Math::max);
    }

    void addBelow(VReg subject, Term term, boolean strict) {
        if (subject.id() == term.reg() && !term.length()) {
            return;
        }
        if (!strict && below.contains(new Below(subject.id(), term, true))) {
            return;
        }
        if (strict) {
            Below weaker = new Below(subject.id(), term, false);
            if (below.remove(weaker) && byRegister != null) {
                unindex(weaker);
            }
        }
        Below fact = new Below(subject.id(), term, strict);
        if (below.add(fact) && byRegister != null) {
            index(fact);
        }
    }

    /** @return the orderings whose subject is the register */
    Set<Below> below(VReg subject) {
        Set<Below> out = new HashSet<>();
        for (Below b : mentioning(subject.id())) {
            if (b.subject() == subject.id()) {
                out.add(b);
            }
        }
        return out;
    }

    /** @return the orderings whose right side is the register's value (not its length) */
    Set<Below> above(VReg r) {
        Set<Below> out = new HashSet<>();
        for (Below b : mentioning(r.id())) {
            if (b.term().reg() == r.id() && !b.term().length()) {
                out.add(b);
            }
        }
        return out;
    }

    /** @return the orderings whose right side is the length of the array in the register */
    Set<Below> belowLengthOf(VReg r) {
        Set<Below> out = new HashSet<>();
        for (Below b : mentioning(r.id())) {
            if (b.term().reg() == r.id() && b.term().length()) {
                out.add(b);
            }
        }
        return out;
    }

    /** Forgets everything said about a register, which is about to get a new value. */
    void forget(VReg r) {
        int id = r.id();
        nonNull.clear(id);
        copyOf.remove(id);
        if (copyOf.containsValue(id)) {
            copyOf.values().removeIf(original -> original == id);
        }
        lower.remove(id);
        if (!indexed()) {
            below.removeIf(b -> b.subject() == id || b.term().reg() == id);
            return;
        }
        Set<Below> gone = byRegister.remove(id);
        if (gone != null) {
            for (Below b : gone) {
                below.remove(b);
                unindex(b);
            }
        }
    }

    /**
     * Keeps only what holds on both sides of a merge: facts both know, the lower of two lower
     * bounds, and an ordering strict only where both have it strict.
     */
    void meet(IndexFacts other) {
        nonNull.and(other.nonNull);
        copyOf.entrySet().retainAll(other.copyOf.entrySet());
        lower.keySet().retainAll(other.lower.keySet());
        lower.replaceAll((id, bound) -> Math.min(bound, other.lower.get(id)));
        Set<Below> kept = new HashSet<>();
        for (Below b : below) {
            if (other.below.contains(b)) {
                kept.add(b);
            } else if (b.strict() && other.below.contains(new Below(b.subject(), b.term(), false))) {
                kept.add(new Below(b.subject(), b.term(), false));
            }
        }
        below.clear();
        below.addAll(kept);
        byRegister = null;
    }

    /**
     * Widening at a loop header: a lower bound that went down since the last visit (a register
     * counting down around the loop) is dropped, so that the iteration ends.
     */
    void widen(IndexFacts previous) {
        lower.entrySet().removeIf(e -> {
            Long before = previous.lower.get(e.getKey());
            return before != null && e.getValue() < before;
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexFacts f && nonNull.equals(f.nonNull) && copyOf.equals(f.copyOf) && lower.equals(f.lower)
                && below.equals(f.below);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nonNull, copyOf, lower, below);
    }

    @Override
    public String toString() {
        return "nonNull=" + nonNull + " copyOf=" + copyOf + " lower=" + lower + " below=" + below;
    }
}
