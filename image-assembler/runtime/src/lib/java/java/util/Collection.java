package java.util;

import java.util.function.Predicate;

/** @param <E> element type */
public interface Collection<E> extends Iterable<E> {
    /** @return the number of elements */
    int size();

    /** @return whether there are none */
    boolean isEmpty();

    /** @param o an object @return whether an element equals it */
    boolean contains(Object o);

    /** @return the elements in an Object[] */
    Object[] toArray();

    /** @param a array to fill if big enough; its element type is the result's @param <T> element type @return the elements */
    <T> T[] toArray(T[] a);

    /** @param e added @return whether the collection changed */
    boolean add(E e);

    /** @param o removed once @return whether the collection changed */
    boolean remove(Object o);

    /** @param c other @return whether every element of c is here */
    boolean containsAll(Collection<?> c);

    /** @param c added @return whether the collection changed */
    boolean addAll(Collection<? extends E> c);

    /** @param c removed @return whether the collection changed */
    boolean removeAll(Collection<?> c);

    /** @param c kept @return whether the collection changed */
    boolean retainAll(Collection<?> c);

    /** Removes everything. */
    void clear();

    /** @param filter which elements to remove @return whether any was removed */
    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
