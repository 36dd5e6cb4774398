package java.util;

/** @param <E> element type; a sorted set that finds the elements nearest a given one */
public interface NavigableSet<E> extends SortedSet<E> {
    /** @param e probe @return the greatest element below e, or null */
    E lower(E e);

    /** @param e probe @return the greatest element at or below e, or null */
    E floor(E e);

    /** @param e probe @return the least element at or above e, or null */
    E ceiling(E e);

    /** @param e probe @return the least element above e, or null */
    E higher(E e);

    /** @return the removed lowest element, or null when empty */
    E pollFirst();

    /** @return the removed highest element, or null when empty */
    E pollLast();

    /** @return the elements in reverse order, as a view */
    NavigableSet<E> descendingSet();

    /** @return an iterator from the highest element down */
    Iterator<E> descendingIterator();

    /**
     * @param from low end @param fromInclusive whether from belongs @param to high end
     * @param toInclusive whether to belongs @return the range as a view
     */
    NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive);

    /** @param to high end @param inclusive whether to belongs @return the elements below as a view */
    NavigableSet<E> headSet(E to, boolean inclusive);

    /** @param from low end @param inclusive whether from belongs @return the elements above as a view */
    NavigableSet<E> tailSet(E from, boolean inclusive);

    @Override
    default E removeFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return pollFirst();
    }

    @Override
    default E removeLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return pollLast();
    }

    /** @return the elements in reverse order, as a view */
    default NavigableSet<E> reversed() {
        return descendingSet();
    }
}
