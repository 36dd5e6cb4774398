package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** @param <E> element type; a resizable array with the JVM's messages and fail-fast iterators */
public class ArrayList<E> extends AbstractList<E> implements RandomAccess {
    private Object[] elementData;
    private int size;

    /** Creates an empty list. */
    public ArrayList() {
        elementData = new Object[10];
    }

    /** @param initialCapacity capacity @throws IllegalArgumentException when negative */
    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        elementData = new Object[initialCapacity];
    }

    /** @param c copied, in its iteration order */
    public ArrayList(Collection<? extends E> c) {
        Object[] a = c.toArray();
        elementData = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            elementData[i] = a[i];
        }
        size = a.length;
    }

    private void grow(int minimum) {
        if (minimum > elementData.length) {
            int capacity = Math.max(minimum, elementData.length + (elementData.length >> 1) + 1);
            Object[] bigger = new Object[capacity];
            System.arraycopy(elementData, 0, bigger, 0, size);
            elementData = bigger;
        }
    }

    /** @param minCapacity capacity wanted */
    public void ensureCapacity(int minCapacity) {
        grow(minCapacity);
    }

    /** Shrinks the array to the size. */
    public void trimToSize() {
        modCount++;
        Object[] exact = new Object[size];
        System.arraycopy(elementData, 0, exact, 0, size);
        elementData = exact;
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
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        for (int i = size - 1; i >= 0; i--) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(elementData, 0, a, 0, size);
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        T[] r = a.length >= size ? a : MokaArrays.newArrayLike(a, size);
        System.arraycopy(elementData, 0, r, 0, size);
        if (r.length > size) {
            r[size] = null;
        }
        return r;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elementData[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        E old = (E) elementData[index];
        elementData[index] = element;
        return old;
    }

    @Override
    public boolean add(E e) {
        modCount++;
        grow(size + 1);
        elementData[size++] = e;
        return true;
    }

    @Override
    public void add(int index, E element) {
        rangeCheckForAdd(index);
        modCount++;
        grow(size + 1);
        System.arraycopy(elementData, index, elementData, index + 1, size - index);
        elementData[index] = element;
        size++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        Objects.checkIndex(index, size);
        E old = (E) elementData[index];
        fastRemove(index);
        return old;
    }

    private void fastRemove(int index) {
        modCount++;
        System.arraycopy(elementData, index + 1, elementData, index, size - index - 1);
        elementData[--size] = null;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        fastRemove(i);
        return true;
    }

    @Override
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            elementData[i] = null;
        }
        size = 0;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        grow(size + a.length);
        System.arraycopy(a, 0, elementData, size, a.length);
        size += a.length;
        return a.length != 0;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        Object[] a = c.toArray();
        modCount++;
        grow(size + a.length);
        System.arraycopy(elementData, index, elementData, index + a.length, size - index);
        System.arraycopy(a, 0, elementData, index, a.length);
        size += a.length;
        return a.length != 0;
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from > to) {
            throw new IndexOutOfBoundsException("From Index: " + from + " > To Index: " + to);
        }
        modCount++;
        System.arraycopy(elementData, to, elementData, from, size - to);
        for (int i = size - (to - from); i < size; i++) {
            elementData[i] = null;
        }
        size -= to - from;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int expected = modCount;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            E e = (E) elementData[i];
            if (!filter.test(e)) {
                elementData[kept++] = e;
            }
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        boolean removed = kept != size;
        for (int i = kept; i < size; i++) {
            elementData[i] = null;
        }
        if (removed) {
            modCount++;
        }
        size = kept;
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return filter(c, false);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return filter(c, true);
    }

    private boolean filter(Collection<?> c, boolean keepContained) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Object e = elementData[i];
            if (c.contains(e) == keepContained) {
                elementData[kept++] = e;
            }
        }
        boolean changed = kept != size;
        for (int i = kept; i < size; i++) {
            elementData[i] = null;
        }
        if (changed) {
            modCount++;
        }
        size = kept;
        return changed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (int i = 0; modCount == expected && i < size; i++) {
            action.accept((E) elementData[i]);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int expected = modCount;
        Arrays.sort((E[]) elementData, 0, size, c);
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        modCount++;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    /** The fail-fast iterator, checking modCount as the JVM's ArrayList does. */
    private final class Itr implements Iterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return cursor != size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= size) {
                throw new NoSuchElementException();
            }
            if (i >= elementData.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i + 1;
            lastRet = i;
            return (E) elementData[i];
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            ArrayList.this.remove(lastRet);
            cursor = lastRet;
            lastRet = -1;
            expectedModCount = modCount;
        }

        private void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
