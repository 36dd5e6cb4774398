package java.util;

/**
 * An iterator over a run of {@link TreeMap} nodes, ascending or descending, stopping before the node
 * whose key is {@code fenceKey} (compared by identity, as nodes may trade keys when one is removed).
 * It yields entries, keys or values and fails fast on concurrent changes.
 *
 * @param <K> key type @param <V> value type @param <T> element type handed out
 */
final class TreeIterator<K, V, T> implements Iterator<T> {
    static final int ENTRIES = 0;
    static final int KEYS = 1;
    static final int VALUES = 2;
    /** A fence key no node holds: iterate to the end of the tree. */
    static final Object NO_FENCE = new Object();

    private final TreeMap<K, V> map;
    private final Object fenceKey;
    private final boolean descending;
    private final int kind;
    private TreeMap.Node<K, V> next;
    private TreeMap.Node<K, V> lastReturned;
    private int expectedModCount;

    TreeIterator(TreeMap<K, V> map, TreeMap.Node<K, V> first, Object fenceKey, boolean descending, int kind) {
        this.map = map;
        this.next = first;
        this.fenceKey = fenceKey;
        this.descending = descending;
        this.kind = kind;
        this.expectedModCount = map.modCount;
    }

    @Override
    public boolean hasNext() {
        return next != null && next.key != fenceKey;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        TreeMap.Node<K, V> e = next;
        if (e == null || e.key == fenceKey) {
            throw new NoSuchElementException();
        }
        if (map.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
        lastReturned = e;
        if (kind == KEYS) {
            return (T) e.key;
        }
        if (kind == VALUES) {
            return (T) e.value;
        }
        return (T) e;
    }

    @Override
    public void remove() {
        if (lastReturned == null) {
            throw new IllegalStateException();
        }
        if (map.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        // An ascending walk's next node is the successor, whose contents move into lastReturned.
        if (!descending && lastReturned.left != null && lastReturned.right != null) {
            next = lastReturned;
        }
        map.deleteNode(lastReturned);
        expectedModCount = map.modCount;
        lastReturned = null;
    }
}
