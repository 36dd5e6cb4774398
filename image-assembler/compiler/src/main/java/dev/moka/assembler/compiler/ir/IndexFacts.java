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
 * references are not null, which reference registers hold the same reference (a copy, such as the
 * receiver an inlined method got), a lower bound of an int, and orderings {@code x < y} or
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
    /** For each reference register, the others known to hold the same value (kept both ways). */
    private final Map<Integer, Set<Integer>> same;
    private final Map<Integer, Long> lower;
    private final Set<Below> below;
    /**
     * The orderings again, under the register each mentions (its subject, and its right side's
     * register): every update and query is about one register, and large methods know thousands of
     * orderings.
     */
    private final Map<Integer, Set<Below>> byRegister = new HashMap<>();

    private IndexFacts(BitSet nonNull, Map<Integer, Set<Integer>> same, Map<Integer, Long> lower, Set<Below> below) {
        this.nonNull = nonNull;
        this.same = same;
        this.lower = lower;
        this.below = below;
        for (Below b : below) {
            index(b);
        }
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

    private Set<Below> mentioning(int reg) {
        Set<Below> found = byRegister.get(reg);
        return found == null ? Set.of() : found;
    }

    /** @return how many facts are known: the analysis's measure of its own work */
    int size() {
        return below.size() + lower.size() + same.size();
    }

    /** @return no facts at all */
    static IndexFacts none() {
        return new IndexFacts(new BitSet(), new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    IndexFacts copy() {
        Map<Integer, Set<Integer>> sameCopy = new HashMap<>();
        same.forEach((reg, others) -> sameCopy.put(reg, new HashSet<>(others)));
        return new IndexFacts((BitSet) nonNull.clone(), sameCopy, new HashMap<>(lower), new HashSet<>(below));
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

    /** Learns that a reference is not null, and so is every register known to hold it. */
    void setNonNull(VReg r) {
        if (nonNull.get(r.id())) {
            return;
        }
        nonNull.set(r.id());
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.add(r.id());
        while (!pending.isEmpty()) {
            int id = pending.poll();
            for (int other : same.getOrDefault(id, Set.of())) {
                if (!nonNull.get(other)) {
                    nonNull.set(other);
                    pending.add(other);
                }
            }
        }
    }

    /** Learns that two reference registers hold the same value (one was just copied to the other). */
    void setSame(VReg a, VReg b) {
        if (a.id() != b.id()) {
            same.computeIfAbsent(a.id(), k -> new HashSet<>()).add(b.id());
            same.computeIfAbsent(b.id(), k -> new HashSet<>()).add(a.id());
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
            if (below.remove(weaker)) {
                unindex(weaker);
            }
        }
        Below fact = new Below(subject.id(), term, strict);
        if (below.add(fact)) {
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
        Set<Integer> copies = same.remove(id);
        if (copies != null) {
            for (int other : copies) {
                Set<Integer> back = same.get(other);
                back.remove(id);
                if (back.isEmpty()) {
                    same.remove(other);
                }
            }
        }
        lower.remove(id);
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
        same.entrySet().removeIf(e -> {
            e.getValue().retainAll(other.same.getOrDefault(e.getKey(), Set.of()));
            return e.getValue().isEmpty();
        });
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
        byRegister.clear();
        for (Below b : below) {
            index(b);
        }
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
        return o instanceof IndexFacts f && nonNull.equals(f.nonNull) && same.equals(f.same) && lower.equals(f.lower)
                && below.equals(f.below);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nonNull, same, lower, below);
    }

    @Override
    public String toString() {
        return "nonNull=" + nonNull + " same=" + same + " lower=" + lower + " below=" + below;
    }
}
