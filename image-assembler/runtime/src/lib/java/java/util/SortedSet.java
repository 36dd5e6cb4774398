package java.util;

/** @param <E> element type; a set kept in order */
public interface SortedSet<E> extends Set<E> {
    /** @return the order, or null for natural order */
    Comparator<? super E> comparator();

    /** @return the lowest element @throws NoSuchElementException when empty */
    E first();

    /** @return the highest element @throws NoSuchElementException when empty */
    E last();

    /** @param from lowest element, inclusive @param to highest element, exclusive @return the range as a view */
    SortedSet<E> subSet(E from, E to);

    /** @param to highest element, exclusive @return the elements below as a view */
    SortedSet<E> headSet(E to);

    /** @param from lowest element, inclusive @return the elements from there on as a view */
    SortedSet<E> tailSet(E from);

    /** @return the lowest element */
    default E getFirst() {
        return first();
    }

    /** @return the highest element */
    default E getLast() {
        return last();
    }

    /** @return the removed lowest element */
    default E removeFirst() {
        E e = first();
        remove(e);
        return e;
    }

    /** @return the removed highest element */
    default E removeLast() {
        E e = last();
        remove(e);
        return e;
    }

    /** @param e never added: a sorted set decides positions itself */
    default void addFirst(E e) {
        throw new UnsupportedOperationException();
    }

    /** @param e never added: a sorted set decides positions itself */
    default void addLast(E e) {
        throw new UnsupportedOperationException();
    }
}
