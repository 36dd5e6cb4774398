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
}
