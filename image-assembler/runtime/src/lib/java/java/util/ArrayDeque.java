package java.util;

/** @param <E> element type; a circular-array deque that refuses null elements, as the JVM's does */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E> {
    private Object[] elements;
    private int head;
    private int size;

    /** Creates an empty deque. */
    public ArrayDeque() {
        elements = new Object[16];
    }

    /** @param numElements expected size */
    public ArrayDeque(int numElements) {
        elements = new Object[Math.max(1, numElements) + 1];
    }

    /** @param c copied, in its iteration order */
    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        addAll(c);
    }

    private int index(int i) {
        int k = head + i;
        return k >= elements.length ? k - elements.length : k;
    }

    private void growIfFull() {
        if (size == elements.length) {
            Object[] bigger = new Object[elements.length * 2 + 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = elements[index(i)];
            }
            elements = bigger;
            head = 0;
        }
    }

    @Override
    public void addFirst(E e) {
        Objects.requireNonNull(e);
        growIfFull();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
    }

    @Override
    public void addLast(E e) {
        Objects.requireNonNull(e);
        growIfFull();
        elements[index(size)] = e;
        size++;
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (size == 0) {
            return null;
        }
        E e = (E) elements[head];
        elements[head] = null;
        head = index(1);
        size--;
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (size == 0) {
            return null;
        }
        int last = index(size - 1);
        E e = (E) elements[last];
        elements[last] = null;
        size--;
        return e;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return size == 0 ? null : (E) elements[head];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peekLast() {
        return size == 0 ? null : (E) elements[index(size - 1)];
    }

    @Override
    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        for (int i = 0; o != null && i < size; i++) {
            if (o.equals(elements[index(i)])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = null;
        }
        head = 0;
        size = 0;
    }

    /** Removes the element at logical position i, closing the gap. */
    private void delete(int i) {
        for (int k = i; k < size - 1; k++) {
            elements[index(k)] = elements[index(k + 1)];
        }
        elements[index(size - 1)] = null;
        size--;
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        for (int i = 0; o != null && i < size; i++) {
            if (o.equals(elements[index(i)])) {
                delete(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        for (int i = size - 1; o != null && i >= 0; i--) {
            if (o.equals(elements[index(i)])) {
                delete(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new Itr(true);
    }

    /** Iterates head to tail (or back); fails fast when the deque changes underneath. */
    private final class Itr implements Iterator<E> {
        private final boolean descending;
        private int remaining = size;
        private int lastRet = -1;
        private int expectedSize = size;

        Itr(boolean descending) {
            this.descending = descending;
        }

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            if (size != expectedSize) {
                throw new ConcurrentModificationException();
            }
            int i = descending ? remaining - 1 : size - remaining;
            remaining--;
            lastRet = i;
            return (E) elements[index(i)];
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            delete(lastRet);
            expectedSize = size;
            lastRet = -1;
        }
    }
}
