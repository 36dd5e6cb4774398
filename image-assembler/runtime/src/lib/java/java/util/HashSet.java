package java.util;

/** @param <E> element type; a set backed by a HashMap, so it iterates in the JVM's HashSet order */
public class HashSet<E> extends AbstractSet<E> {
    static final Object PRESENT = new Object();

    final HashMap<E, Object> map;

    /** Creates an empty set. */
    public HashSet() {
        map = new HashMap<E, Object>();
    }

    /** @param initialCapacity the map's initial capacity */
    public HashSet(int initialCapacity) {
        map = new HashMap<E, Object>(initialCapacity);
    }

    /** @param initialCapacity the map's initial capacity @param loadFactor ignored (always 3/4) */
    public HashSet(int initialCapacity, float loadFactor) {
        map = new HashMap<E, Object>(initialCapacity);
    }

    /** @param c copied, sized as the JVM sizes it */
    public HashSet(Collection<? extends E> c) {
        map = new HashMap<E, Object>(HashMap.capacityFor(Math.max(c.size(), 12)));
        addAll(c);
    }

    /** For LinkedHashSet: backed by a LinkedHashMap. */
    HashSet(int initialCapacity, boolean linked) {
        map = new LinkedHashMap<E, Object>(initialCapacity);
    }

    @Override
    public Iterator<E> iterator() {
        return map.keySet().iterator();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        return map.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        return map.remove(o) == PRESENT;
    }

    @Override
    public void clear() {
        map.clear();
    }
}
