package java.util;

import java.util.function.UnaryOperator;

/** @param <E> element type; an ordered collection with indexed access */
public interface List<E> extends Collection<E> {
    /** @param index position @return the element there */
    E get(int index);

    /** @param index position @param element new element @return the old one */
    E set(int index, E element);

    /** @param index position @param element inserted there */
    void add(int index, E element);

    /** @param index position @return the removed element */
    E remove(int index);

    /** @param o an object @return the first index of an equal element, or -1 */
    int indexOf(Object o);

    /** @param o an object @return the last index of an equal element, or -1 */
    int lastIndexOf(Object o);

    /** @param index position @param c inserted there @return whether the list changed */
    boolean addAll(int index, Collection<? extends E> c);

    /** @return a list iterator from the start */
    ListIterator<E> listIterator();

    /** @param index start position @return a list iterator from there */
    ListIterator<E> listIterator(int index);

    /** @param from first index @param to index after the last @return a view of that range */
    List<E> subList(int from, int to);

    /** @param c the order; null for natural order */
    @SuppressWarnings("unchecked")
    default void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator<Object>) c);
        ListIterator<E> it = listIterator();
        for (int i = 0; i < a.length; i++) {
            it.next();
            it.set((E) a[i]);
        }
    }

    /** @param operator applied to each element in place */
    default void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        ListIterator<E> it = listIterator();
        while (it.hasNext()) {
            it.set(operator.apply(it.next()));
        }
    }

    /** @return the first element @throws NoSuchElementException when empty */
    default E getFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(0);
    }

    /** @return the last element @throws NoSuchElementException when empty */
    default E getLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(size() - 1);
    }

    /** @return the removed first element @throws NoSuchElementException when empty */
    default E removeFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(0);
    }

    /** @return the removed last element @throws NoSuchElementException when empty */
    default E removeLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(size() - 1);
    }

    /** @param e inserted at the start */
    default void addFirst(E e) {
        add(0, e);
    }

    /** @param e appended */
    default void addLast(E e) {
        add(e);
    }

    /** @param <E> element type @return an unmodifiable empty list */
    static <E> List<E> of() {
        return ImmutableLists.of(new Object[0]);
    }

    /** @param e1 element @param <E> element type @return an unmodifiable list */
    static <E> List<E> of(E e1) {
        Object[] a = new Object[1];
        a[0] = e1;
        return ImmutableLists.of(a);
    }

    /** @param e1 element @param e2 element @param <E> element type @return an unmodifiable list */
    static <E> List<E> of(E e1, E e2) {
        Object[] a = new Object[2];
        a[0] = e1;
        a[1] = e2;
        return ImmutableLists.of(a);
    }

    /** @param e1 element @param e2 element @param e3 element @param <E> element type @return an unmodifiable list */
    static <E> List<E> of(E e1, E e2, E e3) {
        Object[] a = new Object[3];
        a[0] = e1;
        a[1] = e2;
        a[2] = e3;
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 4 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4) {
        Object[] a = {e1, e2, e3, e4};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 5 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5) {
        Object[] a = {e1, e2, e3, e4, e5};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 6 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        Object[] a = {e1, e2, e3, e4, e5, e6};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 7 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        Object[] a = {e1, e2, e3, e4, e5, e6, e7};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 8 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        Object[] a = {e1, e2, e3, e4, e5, e6, e7, e8};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 9 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        Object[] a = {e1, e2, e3, e4, e5, e6, e7, e8, e9};
        return ImmutableLists.of(a);
    }

    /** @param <E> element type @return an unmodifiable list of the 10 elements, none null */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        Object[] a = {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10};
        return ImmutableLists.of(a);
    }

    /** @param elements elements, none null @param <E> element type @return an unmodifiable list */
    static <E> List<E> of(E... elements) {
        Object[] a = new Object[elements.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = elements[i];
        }
        return ImmutableLists.of(a);
    }

    /** @param c elements, none null @param <E> element type @return an unmodifiable copy */
    static <E> List<E> copyOf(Collection<? extends E> c) {
        return ImmutableLists.of(c.toArray());
    }
}
