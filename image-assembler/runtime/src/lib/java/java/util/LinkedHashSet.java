package java.util;

/** @param <E> element type; a HashSet that iterates in insertion order */
public class LinkedHashSet<E> extends HashSet<E> {
    /** Creates an empty set. */
    public LinkedHashSet() {
        super(16, true);
    }

    /** @param initialCapacity the map's initial capacity */
    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, true);
    }

    /** @param c copied, in its iteration order */
    public LinkedHashSet(Collection<? extends E> c) {
        super(HashMap.capacityFor(Math.max(c.size(), 12)), true);
        addAll(c);
    }
}
