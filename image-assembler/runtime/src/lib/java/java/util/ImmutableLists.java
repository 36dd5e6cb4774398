package java.util;

/** The unmodifiable lists of List.of and List.copyOf: null elements are refused, as on the JVM. */
final class ImmutableLists {
    private ImmutableLists() {
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> of(Object[] owned) {
        ArrayList<E> list = new ArrayList<E>(owned.length);
        for (int i = 0; i < owned.length; i++) {
            list.add((E) Objects.requireNonNull(owned[i]));
        }
        return Collections.unmodifiableList(list);
    }
}
