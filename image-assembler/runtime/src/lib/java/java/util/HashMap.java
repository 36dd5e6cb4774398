package java.util;

/**
 * @param <K> key type @param <V> value type; a hash table that iterates in the same order as the
 *            JVM's HashMap for the same operations: the same table sizes (16, doubling, load factor
 *            3/4), hash spreading, bucket index, tail insertion, order-preserving resize split and
 *            resize instead of treeifying a long bin in a small table. Long bins are never made into
 *            trees, so a bin that the JVM would treeify (8+ colliding keys in a table of 64+) may
 *            iterate differently.
 */
public class HashMap<K, V> extends AbstractMap<K, V> {
    static final int DEFAULT_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /** @param <K> key type @param <V> value type; a bin entry */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return value;
        }

        @Override
        public final V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }

        @Override
        public final boolean equals(Object o) {
            return o == this || entryEquals(this, o);
        }

        @Override
        public final int hashCode() {
            return entryHash(key, value);
        }

        @Override
        public final String toString() {
            return key + "=" + value;
        }
    }

    Node<K, V>[] table;
    int size;
    int modCount;
    /** Resize when size exceeds this; before the table exists, the initial capacity (0 = default). */
    int threshold;

    /** Creates an empty map with the default capacity 16. */
    public HashMap() {
    }

    /** @param initialCapacity rounded up to a power of two @throws IllegalArgumentException when negative */
    public HashMap(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        threshold = tableSizeFor(initialCapacity);
    }

    /**
     * @param initialCapacity rounded up to a power of two
     * @param loadFactor      ignored: the load factor is always 3/4 until the compiler handles floats
     */
    public HashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity);
    }

    /** @param m copied, in its iteration order */
    public HashMap(Map<? extends K, ? extends V> m) {
        putMapEntries(m);
    }

    /** The JVM's capacity for n mappings at load factor 3/4: ceil(n / 0.75). */
    static int capacityFor(int n) {
        return (int) Math.min(((long) n * 4 + 2) / 3, Integer.MAX_VALUE);
    }

    static int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    static int tableSizeFor(int capacity) {
        int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
        return n < 0 ? 1 : (n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1);
    }

    final void putMapEntries(Map<? extends K, ? extends V> m) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                int t = Math.min(capacityFor(s), MAXIMUM_CAPACITY);
                if (t > threshold) {
                    threshold = tableSizeFor(t);
                }
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                    resize();
                }
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                K key = e.getKey();
                putVal(hash(key), key, e.getValue(), false);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = hash(key);
        Node<K, V> e = tab[(tab.length - 1) & h];
        while (e != null) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                return e;
            }
            e = e.next;
        }
        return null;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null) {
            for (int i = 0; i < tab.length; i++) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    if (Objects.equals(value, e.value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public V put(K key, V value) {
        return putVal(hash(key), key, value, false);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m);
    }

    // merge, compute and computeIfAbsent insert a new key at the head of its bin and resize only
    // before they look (as the JDK's HashMap does), which decides the iteration order callers see.

    private Node<K, V>[] tableForUpdate() {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        return tab;
    }

    private static <K, V> Node<K, V> find(Node<K, V> first, int hash, Object key) {
        for (Node<K, V> e = first; e != null; e = e.next) {
            if (e.hash == hash && (e.key == key || (key != null && key.equals(e.key)))) {
                return e;
            }
        }
        return null;
    }

    private void insertAtHead(Node<K, V>[] tab, int i, int hash, K key, V value) {
        tab[i] = newNode(hash, key, value, tab[i]);
        modCount++;
        size++;
        afterNodeInsertion();
    }

    @Override
    public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> remapping) {
        if (value == null || remapping == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForUpdate();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        if (old != null) {
            V v = old.value != null ? remapping.apply(old.value, value) : value;
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
            return v;
        }
        insertAtHead(tab, i, hash, key, value);
        return value;
    }

    @Override
    public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> mapping) {
        if (mapping == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForUpdate();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mapping.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertAtHead(tab, i, hash, key, v);
        return v;
    }

    @Override
    public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> remapping) {
        if (remapping == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForUpdate();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remapping.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
        } else if (v != null) {
            insertAtHead(tab, i, hash, key, v);
        }
        return v;
    }

    final V putVal(int hash, K key, V value, boolean onlyIfAbsent) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> existing = null;
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            int binCount = 0;
            while (true) {
                if (p.hash == hash && (p.key == key || (key != null && key.equals(p.key)))) {
                    existing = p;
                    break;
                }
                if (p.next == null) {
                    p.next = newNode(hash, key, value, null);
                    // The JVM treeifies a bin reaching 9 nodes, or resizes instead while the table is small.
                    if (binCount >= TREEIFY_THRESHOLD - 1 && tab.length < MIN_TREEIFY_CAPACITY) {
                        resize();
                    }
                    break;
                }
                p = p.next;
                binCount++;
            }
        }
        if (existing != null) {
            V old = existing.value;
            if (!onlyIfAbsent || old == null) {
                existing.value = value;
            }
            afterNodeAccess(existing);
            return old;
        }
        modCount++;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion();
        return null;
    }

    @SuppressWarnings("unchecked")
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = oldTab == null ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_CAPACITY;
            newThr = DEFAULT_CAPACITY * 3 / 4;
        }
        if (newThr == 0) {
            newThr = newCap < MAXIMUM_CAPACITY ? newCap / 4 * 3 + newCap % 4 * 3 / 4 : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; j++) {
                Node<K, V> e = oldTab[j];
                if (e == null) {
                    continue;
                }
                oldTab[j] = null;
                // Split the bin in two, keeping the order of each half.
                Node<K, V> loHead = null;
                Node<K, V> loTail = null;
                Node<K, V> hiHead = null;
                Node<K, V> hiTail = null;
                while (e != null) {
                    Node<K, V> next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) {
                            loHead = e;
                        } else {
                            loTail.next = e;
                        }
                        loTail = e;
                    } else {
                        if (hiTail == null) {
                            hiHead = e;
                        } else {
                            hiTail.next = e;
                        }
                        hiTail = e;
                    }
                    e = next;
                }
                if (loTail != null) {
                    loTail.next = null;
                    newTab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    newTab[j + oldCap] = hiHead;
                }
            }
        }
        return newTab;
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false);
        return e == null ? null : e.value;
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true) != null;
    }

    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> prev = null;
        Node<K, V> e = tab[index];
        while (e != null) {
            if (e.hash == hash && (e.key == key || (key != null && key.equals(e.key)))) {
                if (matchValue && !Objects.equals(value, e.value)) {
                    return null;
                }
                if (prev == null) {
                    tab[index] = e.next;
                } else {
                    prev.next = e.next;
                }
                modCount++;
                size--;
                afterNodeRemoval(e);
                return e;
            }
            prev = e;
            e = e.next;
        }
        return null;
    }

    @Override
    public void clear() {
        modCount++;
        if (table != null && size > 0) {
            size = 0;
            for (int i = 0; i < table.length; i++) {
                table[i] = null;
            }
        }
    }

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<K, V>(hash, key, value, next);
    }

    /** Hook for LinkedHashMap: an existing mapping was read or replaced. */
    void afterNodeAccess(Node<K, V> e) {
    }

    /** Hook for LinkedHashMap: a new mapping was added. */
    void afterNodeInsertion() {
    }

    /** Hook for LinkedHashMap: a mapping was removed. */
    void afterNodeRemoval(Node<K, V> e) {
    }

    /** @return the first node in iteration order, or null */
    Node<K, V> firstNode() {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (int i = 0; i < tab.length; i++) {
                if (tab[i] != null) {
                    return tab[i];
                }
            }
        }
        return null;
    }

    /** @param e a node @return the node after it in iteration order, or null */
    Node<K, V> nextNode(Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        Node<K, V>[] tab = table;
        for (int i = ((tab.length - 1) & e.hash) + 1; i < tab.length; i++) {
            if (tab[i] != null) {
                return tab[i];
            }
        }
        return null;
    }

    /** Fail-fast iteration over the nodes in iteration order. */
    abstract class NodeIterator {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;

        NodeIterator() {
            expectedModCount = modCount;
            next = firstNode();
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = HashMap.this.nextNode(e);
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false);
            expectedModCount = modCount;
        }
    }

    final class KeyIterator extends NodeIterator implements Iterator<K> {
        @Override
        public K next() {
            return nextNode().key;
        }
    }

    final class ValueIterator extends NodeIterator implements Iterator<V> {
        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class EntryIterator extends NodeIterator implements Iterator<Map.Entry<K, V>> {
        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<K>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                HashMap.this.clear();
            }

            @Override
            public Iterator<K> iterator() {
                return new KeyIterator();
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public boolean remove(Object key) {
                return removeNode(hash(key), key, null, false) != null;
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                HashMap.this.clear();
            }

            @Override
            public Iterator<V> iterator() {
                return new ValueIterator();
            }

            @Override
            public boolean contains(Object o) {
                return containsValue(o);
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                HashMap.this.clear();
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Node<K, V> candidate = getNode(e.getKey());
                return candidate != null && candidate.equals(e);
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                return removeNode(hash(key), key, e.getValue(), true) != null;
            }
        };
    }
}
