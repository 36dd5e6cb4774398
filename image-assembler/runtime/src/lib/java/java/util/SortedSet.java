package java.util;

/** @param <E> element type; a set kept in order */
public interface SortedSet<E> extends Set<E> {
    /** @return the order, or null for natural order */
    Comparator<? super E> comparator();

    /** @return the lowest element */
    E first();

    /** @return the highest element */
    E last();
}
