package java.util;

/**
 * A sorted set kept as the keys of a {@link TreeMap} (or of one of its range views). The same class
 * serves as a map's key-set view: then {@code keyView} is set and adding is refused, as for the JDK's
 * key sets.
 *
 * @param <E> element type
 */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E> {
    private static final Object PRESENT = new Object();

    private final NavigableMap<E, Object> m;
    private final boolean keyView;

    @SuppressWarnings("unchecked")
    TreeSet(NavigableMap<E, ?> m, boolean keyView) {
        this.m = (NavigableMap<E, Object>) m;
        this.keyView = keyView;
    }

    /** Creates an empty set in natural order. */
    public TreeSet() {
        this(new TreeMap<E, Object>(), false);
    }

    /** @param comparator the order, or null for natural order */
    public TreeSet(Comparator<? super E> comparator) {
        this(new TreeMap<E, Object>(comparator), false);
    }

    /** @param c copied, in natural order */
    public TreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** @param s copied with its comparator */
    public TreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    @Override
    public Iterator<E> iterator() {
        return TreeMap.keyIterator(m, false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return TreeMap.keyIterator(m, true);
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return new TreeSet<E>(m.descendingMap(), keyView);
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        if (keyView) {
            throw new UnsupportedOperationException();
        }
        return m.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        int before = m.size();
        m.remove(o);
        return m.size() != before;
    }

    @Override
    public void clear() {
        m.clear();
    }

    @Override
    public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
        return new TreeSet<E>(m.subMap(from, fromInclusive, to, toInclusive), keyView);
    }

    @Override
    public NavigableSet<E> headSet(E to, boolean inclusive) {
        return new TreeSet<E>(m.headMap(to, inclusive), keyView);
    }

    @Override
    public NavigableSet<E> tailSet(E from, boolean inclusive) {
        return new TreeSet<E>(m.tailMap(from, inclusive), keyView);
    }

    @Override
    public SortedSet<E> subSet(E from, E to) {
        return subSet(from, true, to, false);
    }

    @Override
    public SortedSet<E> headSet(E to) {
        return headSet(to, false);
    }

    @Override
    public SortedSet<E> tailSet(E from) {
        return tailSet(from, true);
    }

    @Override
    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override
    public E first() {
        return m.firstKey();
    }

    @Override
    public E last() {
        return m.lastKey();
    }

    @Override
    public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override
    public E floor(E e) {
        return m.floorKey(e);
    }

    @Override
    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override
    public E higher(E e) {
        return m.higherKey(e);
    }

    @Override
    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    /** @return a shallow copy with the same comparator */
    public Object clone() {
        TreeSet<E> copy = new TreeSet<E>(m.comparator());
        copy.addAll(this);
        return copy;
    }
}
