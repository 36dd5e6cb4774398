package java.util;

/** @param <E> element type; a collection without duplicates */
public interface Set<E> extends Collection<E> {
    /** @param <E> element type @return an unmodifiable empty set */
    static <E> Set<E> of() {
        return Collections.unmodifiableSet(new LinkedHashSet<E>());
    }

    /**
     * @param elements elements, none null and no duplicates @param <E> element type
     * @return an unmodifiable set; its iteration order is unspecified (here: the given order)
     * @throws IllegalArgumentException on a duplicate
     */
    static <E> Set<E> of(E... elements) {
        LinkedHashSet<E> set = new LinkedHashSet<E>();
        for (int i = 0; i < elements.length; i++) {
            if (!set.add(Objects.requireNonNull(elements[i]))) {
                throw new IllegalArgumentException("duplicate element: " + elements[i]);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** @param c elements, none null @param <E> element type @return an unmodifiable copy */
    static <E> Set<E> copyOf(Collection<? extends E> c) {
        LinkedHashSet<E> set = new LinkedHashSet<E>();
        for (E e : c) {
            set.add(Objects.requireNonNull(e));
        }
        return Collections.unmodifiableSet(set);
    }
    /** @param <E> element type @return an unmodifiable set of the 1 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1) {
        return of((E[]) new Object[] {e1});
    }

    /** @param <E> element type @return an unmodifiable set of the 2 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2) {
        return of((E[]) new Object[] {e1, e2});
    }

    /** @param <E> element type @return an unmodifiable set of the 3 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3) {
        return of((E[]) new Object[] {e1, e2, e3});
    }

    /** @param <E> element type @return an unmodifiable set of the 4 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return of((E[]) new Object[] {e1, e2, e3, e4});
    }

    /** @param <E> element type @return an unmodifiable set of the 5 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5});
    }

    /** @param <E> element type @return an unmodifiable set of the 6 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5, e6});
    }

    /** @param <E> element type @return an unmodifiable set of the 7 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5, e6, e7});
    }

    /** @param <E> element type @return an unmodifiable set of the 8 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
    }

    /** @param <E> element type @return an unmodifiable set of the 9 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    /** @param <E> element type @return an unmodifiable set of the 10 elements, none null nor repeated */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return of((E[]) new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
    }
}
