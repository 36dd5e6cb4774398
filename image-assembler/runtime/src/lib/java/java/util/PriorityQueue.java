package java.util;

/**
 * @param <E> element type; a binary heap with the JVM's sift-up and sift-down, so the array order
 *            (what iteration and toString show) matches the JVM's for the same operations
 */
public class PriorityQueue<E> extends AbstractCollection<E> implements Queue<E> {
    private Object[] queue;
    private int size;
    private final Comparator<? super E> comparator;
    private int modCount;

    /** Creates an empty queue in natural order. */
    public PriorityQueue() {
        this(11, null);
    }

    /** @param initialCapacity capacity, at least 1 */
    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    /** @param comparator the order, null for natural */
    public PriorityQueue(Comparator<? super E> comparator) {
        this(11, comparator);
    }

    /** @param initialCapacity capacity, at least 1 @param comparator the order, null for natural */
    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    /** @param c elements, heapified in the JVM's way (natural order) */
    public PriorityQueue(Collection<? extends E> c) {
        comparator = null;
        Object[] a = c.toArray();
        queue = new Object[Math.max(1, a.length)];
        for (int i = 0; i < a.length; i++) {
            queue[i] = Objects.requireNonNull(a[i]);
        }
        size = a.length;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, queue[i]);
        }
    }

    /** @return the order, or null for natural */
    public Comparator<? super E> comparator() {
        return comparator;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compare(Object a, Object b) {
        return comparator == null ? ((Comparable) a).compareTo(b) : comparator.compare((E) a, (E) b);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && compare(c, queue[right]) > 0) {
                child = right;
                c = queue[child];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        modCount++;
        if (size >= queue.length) {
            Object[] bigger = new Object[queue.length < 64 ? queue.length * 2 + 2 : queue.length + (queue.length >> 1)];
            System.arraycopy(queue, 0, bigger, 0, size);
            queue = bigger;
        }
        if (size == 0) {
            // The JVM compares the first element with itself only through the comparator's type check.
            queue[0] = e;
        } else {
            siftUp(size, e);
        }
        size++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    @Override
    public E element() {
        E e = peek();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        if (size == 0) {
            return null;
        }
        E result = (E) queue[0];
        modCount++;
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) {
            siftDown(0, x);
        }
        return result;
    }

    @Override
    public E remove() {
        E e = poll();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            queue[i] = null;
        }
        size = 0;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Removes the element at i; returns the element moved from the end to before i, or null. */
    private Object removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) {
            queue[i] = null;
            return null;
        }
        Object moved = queue[s];
        queue[s] = null;
        siftDown(i, moved);
        if (queue[i] == moved) {
            siftUp(i, moved);
            if (queue[i] != moved) {
                return moved;
            }
        }
        return null;
    }

    @Override
    public Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(queue, 0, a, 0, size);
        return a;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    /** Iterates in array order, as the JVM's does, including elements moved behind the cursor by remove. */
    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<Object> forgetMeNot;
        private Object lastRetElt;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                lastRet = cursor++;
                return (E) queue[lastRet];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return (E) lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                Object moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new ArrayDeque<Object>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                for (int i = 0; i < size; i++) {
                    if (queue[i] == lastRetElt) {
                        removeAt(i);
                        break;
                    }
                }
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }
}
