package java.util;

/** Algorithms on collections and the unmodifiable, empty and singleton wrappers. */
public final class Collections {
    private Collections() {
    }

    /** @param list sorted by natural order, stably @param <T> element type */
    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    /** @param list sorted stably @param c the order, null for natural @param <T> element type */
    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    /** @param list reversed in place */
    public static void reverse(List<?> list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            swap(list, i, j);
        }
    }

    /** @param list a list @param i an index @param j an index */
    @SuppressWarnings("unchecked")
    public static void swap(List<?> list, int i, int j) {
        List<Object> l = (List<Object>) list;
        l.set(i, l.set(j, l.get(i)));
    }

    private static Random shuffleRandom;

    /** @param list put in a random order, from a generator made on first use */
    public static void shuffle(List<?> list) {
        if (shuffleRandom == null) {
            shuffleRandom = new Random();
        }
        shuffle(list, shuffleRandom);
    }

    /**
     * Shuffles as the JDK does, so a seeded generator gives the same order: from the last position
     * down, each element is swapped with one at a random index no greater than its own.
     *
     * @param list put in a random order @param random the source of randomness
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void shuffle(List<?> list, Random random) {
        int size = list.size();
        if (size < 5 || list instanceof RandomAccess) {
            for (int i = size; i > 1; i--) {
                swap(list, i - 1, random.nextInt(i));
            }
        } else {
            Object[] array = list.toArray();
            for (int i = size; i > 1; i--) {
                int j = random.nextInt(i);
                Object t = array[i - 1];
                array[i - 1] = array[j];
                array[j] = t;
            }
            ListIterator it = list.listIterator();
            for (Object e : array) {
                it.next();
                it.set(e);
            }
        }
    }

    /** @param list filled @param value stored everywhere @param <T> element type */
    public static <T> void fill(List<? super T> list, T value) {
        for (int i = 0; i < list.size(); i++) {
            list.set(i, value);
        }
    }

    /** @param c elements, not empty @param <T> element type @return the largest by natural order */
    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> c) {
        return max(c, null);
    }

    /** @param c elements, not empty @param <T> element type @return the smallest by natural order */
    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> c) {
        return min(c, null);
    }

    /** @param c elements, not empty @param comp the order, null for natural @param <T> element type @return the largest */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> c, Comparator<? super T> comp) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (comp == null ? ((Comparable) e).compareTo(best) > 0 : comp.compare(e, best) > 0) {
                best = e;
            }
        }
        return best;
    }

    /** @param c elements, not empty @param comp the order, null for natural @param <T> element type @return the smallest */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> c, Comparator<? super T> comp) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (comp == null ? ((Comparable) e).compareTo(best) < 0 : comp.compare(e, best) < 0) {
                best = e;
            }
        }
        return best;
    }

    /** @param c elements @param o counted @return how many elements equal o */
    public static int frequency(Collection<?> c, Object o) {
        int n = 0;
        for (Object e : c) {
            if (Objects.equals(o, e)) {
                n++;
            }
        }
        return n;
    }

    /** @param a a collection @param b a collection @return whether they have no element in common */
    public static boolean disjoint(Collection<?> a, Collection<?> b) {
        for (Object e : a) {
            if (b.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** @param c added to @param elements added @param <T> element type @return whether c changed */
    @SuppressWarnings("unchecked")
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (int i = 0; i < elements.length; i++) {
            changed |= c.add(elements[i]);
        }
        return changed;
    }

    /** @param <T> element type @return reversed natural order */
    public static <T> Comparator<T> reverseOrder() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<T> c = (Comparator) Comparators.ReverseNatural.INSTANCE;
        return c;
    }

    /** @param c an order, null for natural @param <T> element type @return the reversed order */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> c) {
        if (c == null) {
            return reverseOrder();
        }
        return c.reversed();
    }

    /** @param n copies @param o the element @param <T> element type @return an unmodifiable list of n times o */
    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        ArrayList<T> list = new ArrayList<T>(n);
        for (int i = 0; i < n; i++) {
            list.add(o);
        }
        return unmodifiableList(list);
    }

    /** @param <T> element type @return an unmodifiable empty list */
    public static <T> List<T> emptyList() {
        return unmodifiableList(new ArrayList<T>(0));
    }

    /** @param <T> element type @return an unmodifiable empty set */
    public static <T> Set<T> emptySet() {
        return unmodifiableSet(new HashSet<T>());
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable empty map */
    public static <K, V> Map<K, V> emptyMap() {
        return unmodifiableMap(new HashMap<K, V>());
    }

    /** @param <T> element type @return an iterator with no elements */
    public static <T> Iterator<T> emptyIterator() {
        return new ArrayList<T>(0).iterator();
    }

    /** @param o the element @param <T> element type @return an unmodifiable one-element list */
    public static <T> List<T> singletonList(T o) {
        ArrayList<T> list = new ArrayList<T>(1);
        list.add(o);
        return unmodifiableList(list);
    }

    /** @param o the element @param <T> element type @return an unmodifiable one-element set */
    public static <T> Set<T> singleton(T o) {
        HashSet<T> set = new HashSet<T>(1);
        set.add(o);
        return unmodifiableSet(set);
    }

    /** @param k the key @param v the value @param <K> key type @param <V> value type @return an unmodifiable one-mapping map */
    public static <K, V> Map<K, V> singletonMap(K k, V v) {
        HashMap<K, V> map = new HashMap<K, V>(1);
        map.put(k, v);
        return unmodifiableMap(map);
    }

    /** @param c wrapped @param <T> element type @return a read-only view */
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        return new UnmodifiableCollection<T>(c);
    }

    /** @param list wrapped @param <T> element type @return a read-only view */
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        return new UnmodifiableList<T>(list);
    }

    /** @param set wrapped @param <T> element type @return a read-only view */
    public static <T> Set<T> unmodifiableSet(Set<? extends T> set) {
        return new UnmodifiableSet<T>(set);
    }

    /** @param map wrapped @param <K> key type @param <V> value type @return a read-only view */
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> map) {
        return new UnmodifiableMap<K, V>(map);
    }

    /** A read-only view of a collection; every mutator throws UnsupportedOperationException. */
    static class UnmodifiableCollection<E> implements Collection<E> {
        final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) {
            this.c = Objects.requireNonNull(c);
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean isEmpty() {
            return c.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Object[] toArray() {
            return c.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        @Override
        public String toString() {
            return c.toString();
        }

        @Override
        public Iterator<E> iterator() {
            final Iterator<? extends E> it = c.iterator();
            return new Iterator<E>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }

                @Override
                public void remove() {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override
        public boolean addAll(Collection<? extends E> coll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> coll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> coll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }
    }

    /** A read-only view of a set. */
    static final class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
        UnmodifiableSet(Set<? extends E> s) {
            super(s);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }
    }

    /** A read-only view of a list. */
    static final class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E>, RandomAccess {
        private final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        @Override
        public int hashCode() {
            return list.hashCode();
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public E set(int index, E element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(int index, E element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public E remove(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            final ListIterator<? extends E> it = list.listIterator(index);
            return new ListIterator<E>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }

                @Override
                public boolean hasPrevious() {
                    return it.hasPrevious();
                }

                @Override
                public E previous() {
                    return it.previous();
                }

                @Override
                public int nextIndex() {
                    return it.nextIndex();
                }

                @Override
                public int previousIndex() {
                    return it.previousIndex();
                }

                @Override
                public void remove() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void set(E e) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void add(E e) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public List<E> subList(int from, int to) {
            return new UnmodifiableList<E>(list.subList(from, to));
        }
    }

    /** A read-only view of a map; its entries cannot be changed either. */
    static final class UnmodifiableMap<K, V> extends AbstractMap<K, V> {
        private final Map<? extends K, ? extends V> m;

        UnmodifiableMap(Map<? extends K, ? extends V> m) {
            this.m = Objects.requireNonNull(m);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public boolean containsValue(Object value) {
            return m.containsValue(value);
        }

        @Override
        public V get(Object key) {
            return m.get(key);
        }

        @Override
        public V remove(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> map) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<K> keySet() {
            return unmodifiableSet(m.keySet());
        }

        @Override
        public Collection<V> values() {
            return unmodifiableCollection(m.values());
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            final Set<? extends Map.Entry<? extends K, ? extends V>> entries = m.entrySet();
            return new AbstractSet<Map.Entry<K, V>>() {
                @Override
                public int size() {
                    return entries.size();
                }

                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    final Iterator<? extends Map.Entry<? extends K, ? extends V>> it = entries.iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<K, V> next() {
                            return new AbstractMap.SimpleImmutableEntry<K, V>(it.next());
                        }
                    };
                }
            };
        }

        @Override
        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        @Override
        public int hashCode() {
            return m.hashCode();
        }

        @Override
        public String toString() {
            return m.toString();
        }
    }
}
