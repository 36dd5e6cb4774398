package java.util;

/**
 * A range view of a {@link TreeMap}, in ascending or descending key order: what {@code subMap},
 * {@code headMap}, {@code tailMap} and {@code descendingMap} return. Changes write through to the
 * map; keys outside the range are refused with the JDK's messages.
 *
 * <p>The bounds are always kept in the map's own (ascending) order; {@code descending} only flips
 * the view's navigation and iteration.
 *
 * @param <K> key type @param <V> value type
 */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    private final TreeMap<K, V> m;
    private final boolean fromStart;
    private final K lo;
    private final boolean loInclusive;
    private final boolean toEnd;
    private final K hi;
    private final boolean hiInclusive;
    private final boolean descending;

    TreeSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
            boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    private boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    private boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    private TreeMap.Node<K, V> absLowest() {
        TreeMap.Node<K, V> e = fromStart ? m.firstNode() : (loInclusive ? m.ceilingNode(lo) : m.higherNode(lo));
        return e == null || tooHigh(e.key) ? null : e;
    }

    private TreeMap.Node<K, V> absHighest() {
        TreeMap.Node<K, V> e = toEnd ? m.lastNode() : (hiInclusive ? m.floorNode(hi) : m.lowerNode(hi));
        return e == null || tooLow(e.key) ? null : e;
    }

    private TreeMap.Node<K, V> absCeiling(Object key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Node<K, V> e = m.ceilingNode(key);
        return e == null || tooHigh(e.key) ? null : e;
    }

    private TreeMap.Node<K, V> absHigher(Object key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Node<K, V> e = m.higherNode(key);
        return e == null || tooHigh(e.key) ? null : e;
    }

    private TreeMap.Node<K, V> absFloor(Object key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Node<K, V> e = m.floorNode(key);
        return e == null || tooLow(e.key) ? null : e;
    }

    private TreeMap.Node<K, V> absLower(Object key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Node<K, V> e = m.lowerNode(key);
        return e == null || tooLow(e.key) ? null : e;
    }

    /** @return the key of the first node past the high end, or the no-fence marker */
    private Object highFence() {
        TreeMap.Node<K, V> e = toEnd ? null : (hiInclusive ? m.higherNode(hi) : m.ceilingNode(hi));
        return e == null ? TreeIterator.NO_FENCE : e.key;
    }

    private Object lowFence() {
        TreeMap.Node<K, V> e = fromStart ? null : (loInclusive ? m.lowerNode(lo) : m.floorNode(lo));
        return e == null ? TreeIterator.NO_FENCE : e.key;
    }

    private TreeMap.Node<K, V> lowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Node<K, V> highest() {
        return descending ? absLowest() : absHighest();
    }

    <T> Iterator<T> iterator(boolean reverse, int kind) {
        boolean down = descending != reverse;
        return down ? new TreeIterator<K, V, T>(m, absHighest(), lowFence(), true, kind)
                : new TreeIterator<K, V, T>(m, absLowest(), highFence(), false, kind);
    }

    Iterator<K> keyIterator(boolean reverse) {
        return iterator(reverse, TreeIterator.KEYS);
    }

    @Override
    public Comparator<? super K> comparator() {
        if (!descending) {
            return m.comparator();
        }
        @SuppressWarnings("unchecked")
        Comparator<K> ascending = (Comparator<K>) m.comparator();
        return Collections.reverseOrder(ascending);
    }

    @Override
    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        Iterator<K> it = keyIterator(false);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Override
    public boolean isEmpty() {
        return fromStart && toEnd ? m.isEmpty() : absLowest() == null;
    }

    @Override
    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return inRange(key) ? m.get(key) : null;
    }

    @Override
    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return inRange(key) ? m.remove(key) : null;
    }

    @Override
    public K firstKey() {
        return TreeMap.key(lowest());
    }

    @Override
    public K lastKey() {
        return TreeMap.key(highest());
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return TreeMap.export(lowest());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return TreeMap.export(highest());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Node<K, V> e = lowest();
        Map.Entry<K, V> result = TreeMap.export(e);
        if (e != null) {
            m.deleteNode(e);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        TreeMap.Node<K, V> e = highest();
        Map.Entry<K, V> result = TreeMap.export(e);
        if (e != null) {
            m.deleteNode(e);
        }
        return result;
    }

    private TreeMap.Node<K, V> ceiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    private TreeMap.Node<K, V> higher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    private TreeMap.Node<K, V> floor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    private TreeMap.Node<K, V> lower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.export(ceiling(key));
    }

    @Override
    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(ceiling(key));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.export(higher(key));
    }

    @Override
    public K higherKey(K key) {
        return TreeMap.keyOrNull(higher(key));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.export(floor(key));
    }

    @Override
    public K floorKey(K key) {
        return TreeMap.keyOrNull(floor(key));
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.export(lower(key));
    }

    @Override
    public K lowerKey(K key) {
        return TreeMap.keyOrNull(lower(key));
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
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return TreeSubMap.this.iterator(false, TreeIterator.ENTRIES);
            }

            @Override
            public int size() {
                return TreeSubMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return TreeSubMap.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry) || !inRange(entry.getKey())) {
                    return false;
                }
                TreeMap.Node<K, V> p = m.getNode(entry.getKey());
                return p != null && Objects.equals(p.value, entry.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry) || !inRange(entry.getKey())) {
                    return false;
                }
                TreeMap.Node<K, V> p = m.getNode(entry.getKey());
                if (p != null && Objects.equals(p.value, entry.getValue())) {
                    m.deleteNode(p);
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
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
}
