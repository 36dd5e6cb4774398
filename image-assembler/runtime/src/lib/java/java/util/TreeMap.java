package java.util;

/**
 * A red-black tree map, sorted by the keys' natural order or by a comparator.
 *
 * <p>Invariants (red-black): the root is black, a red node has no red child, and every path from a
 * node down to a missing child passes the same number of black nodes; so the height stays below
 * 2·log2(size + 1). Removing a node with two children moves its successor's key and value into it
 * and unlinks the successor's node instead; iterators allow for that when they remove.
 *
 * @param <K> key type
 * @param <V> value type
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    static final boolean RED = false;
    static final boolean BLACK = true;

    private final Comparator<? super K> comparator;
    private Node<K, V> root;
    private int size;
    int modCount;

    /** A tree node; entry-set iteration hands these out, so setValue writes through. */
    static final class Node<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;
        Node<K, V> parent;
        boolean color = BLACK;

        Node(K key, V value, Node<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey())
                    && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** Creates an empty map in the keys' natural order. */
    public TreeMap() {
        comparator = null;
    }

    /** @param comparator the key order, or null for natural order */
    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    /** @param m copied, in natural key order */
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    /** @param m copied with its comparator */
    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        return comparator == null ? ((Comparable<Object>) a).compareTo(b) : comparator.compare((K) a, (K) b);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return p == null ? null : p.value;
    }

    @Override
    public K firstKey() {
        return key(firstNode());
    }

    @Override
    public K lastKey() {
        return key(lastNode());
    }

    static <K> K key(Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    static <K> K keyOrNull(Node<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K, V> Map.Entry<K, V> export(Node<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e.key, e.value);
    }

    final Node<K, V> getNode(Object key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    final Node<K, V> ceilingNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                best = p;
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return best;
    }

    final Node<K, V> floorNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c > 0) {
                best = p;
                p = p.right;
            } else if (c < 0) {
                p = p.left;
            } else {
                return p;
            }
        }
        return best;
    }

    final Node<K, V> higherNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    final Node<K, V> lowerNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.right != null) {
            Node<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.left != null) {
            Node<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    @Override
    public V put(K key, V value) {
        Node<K, V> t = root;
        if (t == null) {
            compare(key, key); // the JDK's type and null check for the first key
            root = new Node<K, V>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Node<K, V> e = new Node<K, V>(key, value, parent);
        if (c < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    @Override
    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteNode(p);
        return old;
    }

    @Override
    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return export(firstNode());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return export(lastNode());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        Node<K, V> p = firstNode();
        Map.Entry<K, V> result = export(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        Node<K, V> p = lastNode();
        Map.Entry<K, V> result = export(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return export(lowerNode(key));
    }

    @Override
    public K lowerKey(K key) {
        return keyOrNull(lowerNode(key));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return export(floorNode(key));
    }

    @Override
    public K floorKey(K key) {
        return keyOrNull(floorNode(key));
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return export(ceilingNode(key));
    }

    @Override
    public K ceilingKey(K key) {
        return keyOrNull(ceilingNode(key));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return export(higherNode(key));
    }

    @Override
    public K higherKey(K key) {
        return keyOrNull(higherNode(key));
    }

    @Override
    public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new TreeSet<K>(this, true);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            @Override
            public Iterator<V> iterator() {
                return new TreeIterator<K, V, V>(TreeMap.this, firstNode(), TreeIterator.NO_FENCE, false,
                        TreeIterator.VALUES);
            }

            @Override
            public int size() {
                return TreeMap.this.size();
            }

            @Override
            public boolean contains(Object o) {
                return containsValue(o);
            }

            @Override
            public void clear() {
                TreeMap.this.clear();
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new TreeIterator<K, V, Map.Entry<K, V>>(TreeMap.this, firstNode(), TreeIterator.NO_FENCE,
                        false, TreeIterator.ENTRIES);
            }

            @Override
            public int size() {
                return TreeMap.this.size();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry)) {
                    return false;
                }
                Node<K, V> p = getNode(entry.getKey());
                return p != null && Objects.equals(p.value, entry.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry)) {
                    return false;
                }
                Node<K, V> p = getNode(entry.getKey());
                if (p != null && Objects.equals(p.value, entry.getValue())) {
                    deleteNode(p);
                    return true;
                }
                return false;
            }

            @Override
            public void clear() {
                TreeMap.this.clear();
            }
        };
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new TreeSubMap<K, V>(this, true, null, true, true, null, true, true);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeSubMap<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeSubMap<K, V>(this, true, null, true, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeSubMap<K, V>(this, false, fromKey, inclusive, true, null, true, false);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /** @return a shallow copy with the same comparator */
    public Object clone() {
        TreeMap<K, V> copy = new TreeMap<K, V>(comparator);
        copy.putAll(this);
        return copy;
    }

    /** @return the keys of a TreeMap or of one of its range views, in order */
    @SuppressWarnings("unchecked")
    static <K> Iterator<K> keyIterator(NavigableMap<K, ?> m, boolean descending) {
        if (m instanceof TreeMap<K, ?> t) {
            TreeMap<K, Object> tree = (TreeMap<K, Object>) t;
            return new TreeIterator<K, Object, K>(tree, descending ? tree.lastNode() : tree.firstNode(),
                    TreeIterator.NO_FENCE, descending, TreeIterator.KEYS);
        }
        return ((TreeSubMap<K, Object>) m).keyIterator(descending);
    }

    final void deleteNode(Node<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Node<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Node<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
            if (p.color == BLACK) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    private static <K, V> boolean colorOf(Node<K, V> p) {
        return p == null ? BLACK : p.color;
    }

    private static <K, V> Node<K, V> parentOf(Node<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> void setColor(Node<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> Node<K, V> leftOf(Node<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Node<K, V> rightOf(Node<K, V> p) {
        return p == null ? null : p.right;
    }

    private void rotateLeft(Node<K, V> p) {
        if (p == null) {
            return;
        }
        Node<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Node<K, V> p) {
        if (p == null) {
            return;
        }
        Node<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Node<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            if (parentOf(x) == leftOf(parentOf(parentOf(x)))) {
                Node<K, V> uncle = rightOf(parentOf(parentOf(x)));
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Node<K, V> uncle = leftOf(parentOf(parentOf(x)));
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    private void fixAfterDeletion(Node<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Node<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Node<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }
}
