package java.util;

/**
 * @param <K> key type @param <V> value type; a HashMap that iterates in insertion order, or in access
 *            order (least recently used first) when built with accessOrder
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> {
    /** A node that is also on the iteration list. */
    static final class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before;
        Entry<K, V> after;

        Entry(int hash, K key, V value, HashMap.Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    private Entry<K, V> head;
    private Entry<K, V> tail;
    private final boolean accessOrder;

    /** Creates an empty insertion-ordered map. */
    public LinkedHashMap() {
        accessOrder = false;
    }

    /** @param initialCapacity rounded up to a power of two */
    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    /** @param initialCapacity rounded up to a power of two @param loadFactor ignored (always 3/4) */
    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity);
        accessOrder = false;
    }

    /**
     * @param initialCapacity rounded up to a power of two
     * @param loadFactor      ignored (always 3/4)
     * @param accessOrder     true to iterate from least to most recently accessed
     */
    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity);
        this.accessOrder = accessOrder;
    }

    /** @param m copied, in its iteration order */
    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        accessOrder = false;
        putMapEntries(m);
    }

    /**
     * @param eldest the least recently inserted (or accessed) mapping
     * @return whether to remove it after an insertion; false here, overridden for caches
     */
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    @Override
    HashMap.Node<K, V> newNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        Entry<K, V> e = new Entry<K, V>(hash, key, value, next);
        linkLast(e);
        return e;
    }

    private void linkLast(Entry<K, V> e) {
        Entry<K, V> last = tail;
        tail = e;
        if (last == null) {
            head = e;
        } else {
            e.before = last;
            last.after = e;
        }
    }

    private void unlink(Entry<K, V> e) {
        Entry<K, V> b = e.before;
        Entry<K, V> a = e.after;
        e.before = null;
        e.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    @Override
    void afterNodeAccess(HashMap.Node<K, V> node) {
        if (accessOrder && tail != node) {
            Entry<K, V> e = (Entry<K, V>) node;
            unlink(e);
            linkLast(e);
            modCount++;
        }
    }

    @Override
    void afterNodeInsertion() {
        Entry<K, V> first = head;
        if (first != null && removeEldestEntry(first)) {
            removeNode(first.hash, first.key, null, false);
        }
    }

    @Override
    void afterNodeRemoval(HashMap.Node<K, V> node) {
        unlink((Entry<K, V>) node);
    }

    @Override
    public V get(Object key) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        afterNodeAccess(e);
        return e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return defaultValue;
        }
        afterNodeAccess(e);
        return e.value;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = head; e != null; e = e.after) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }

    @Override
    HashMap.Node<K, V> firstNode() {
        return head;
    }

    @Override
    HashMap.Node<K, V> nextNode(HashMap.Node<K, V> e) {
        return ((Entry<K, V>) e).after;
    }
}
