package java.util;

/**
 * The JDK's legacy growable array: the same capacity rules (10 to start, doubling, or growing by the
 * capacity increment when one is given), element methods and exceptions. One CPU runs Java code at a
 * time in Moka's images, so the JDK's synchronization has nothing to do here.
 *
 * @param <E> the element type
 */
public class Vector<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable {
    /** The elements; the slots from {@link #elementCount} on are null. */
    protected Object[] elementData;
    /** How many elements there are. */
    protected int elementCount;
    /** How much the array grows when full; 0 or less doubles it. */
    protected int capacityIncrement;

    /** Creates an empty vector of capacity 10. */
    public Vector() {
        this(10);
    }

    /** @param initialCapacity the capacity @throws IllegalArgumentException when negative */
    public Vector(int initialCapacity) {
        this(initialCapacity, 0);
    }

    /**
     * @param initialCapacity the capacity @param capacityIncrement how much it grows when full, or 0 to double
     * @throws IllegalArgumentException when the capacity is negative
     */
    public Vector(int initialCapacity, int capacityIncrement) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        this.elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }

    /** @param c the first elements, in its iteration order */
    public Vector(Collection<? extends E> c) {
        Object[] a = c.toArray();
        elementData = new Object[a.length];
        System.arraycopy(a, 0, elementData, 0, a.length);
        elementCount = a.length;
    }

    private void grow(int minCapacity) {
        int old = elementData.length;
        int growth = capacityIncrement > 0 ? capacityIncrement : old;
        int capacity = Math.max(old + growth, minCapacity);
        Object[] bigger = new Object[capacity];
        System.arraycopy(elementData, 0, bigger, 0, elementCount);
        elementData = bigger;
    }

    /** @param minCapacity the capacity wanted at least */
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length) {
            modCount++;
            grow(minCapacity);
        }
    }

    /** Shrinks the array to the elements. */
    public void trimToSize() {
        modCount++;
        if (elementCount < elementData.length) {
            Object[] exact = new Object[elementCount];
            System.arraycopy(elementData, 0, exact, 0, elementCount);
            elementData = exact;
        }
    }

    /** @param newSize the new size: extra elements are dropped, missing ones are null */
    public void setSize(int newSize) {
        modCount++;
        if (newSize > elementData.length) {
            grow(newSize);
        }
        for (int i = newSize; i < elementCount; i++) {
            elementData[i] = null;
        }
        elementCount = newSize;
    }

    /** @return the length of the array */
    public int capacity() {
        return elementData.length;
    }

    @Override
    public int size() {
        return elementCount;
    }

    @Override
    public boolean isEmpty() {
        return elementCount == 0;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o, 0) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return indexOf(o, 0);
    }

    /** @param o sought @param index where to start @return the first index at or after it holding o, or -1 */
    public int indexOf(Object o, int index) {
        for (int i = index; i < elementCount; i++) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return lastIndexOf(o, elementCount - 1);
    }

    /** @param o sought @param index where to start backwards @return the last index at or before it holding o, or -1 */
    public int lastIndexOf(Object o, int index) {
        if (index >= elementCount) {
            throw new IndexOutOfBoundsException(index + " >= " + elementCount);
        }
        for (int i = index; i >= 0; i--) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    /** @param index a position @return the element there @throws ArrayIndexOutOfBoundsException when out of range */
    @SuppressWarnings("unchecked")
    public E elementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        return (E) elementData[index];
    }

    /** @return the first element @throws NoSuchElementException when empty */
    @SuppressWarnings("unchecked")
    public E firstElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return (E) elementData[0];
    }

    /** @return the last element @throws NoSuchElementException when empty */
    @SuppressWarnings("unchecked")
    public E lastElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return (E) elementData[elementCount - 1];
    }

    /** @param obj the new element @param index a position */
    public void setElementAt(E obj, int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        elementData[index] = obj;
    }

    /** @param index the position removed; later elements move down */
    public void removeElementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        } else if (index < 0) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        modCount++;
        System.arraycopy(elementData, index + 1, elementData, index, elementCount - index - 1);
        elementCount--;
        elementData[elementCount] = null;
    }

    /** @param obj inserted @param index its position; later elements move up */
    public void insertElementAt(E obj, int index) {
        if (index > elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        }
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        System.arraycopy(elementData, index, elementData, index + 1, elementCount - index);
        elementData[index] = obj;
        elementCount++;
    }

    /** @param obj appended */
    public void addElement(E obj) {
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        elementData[elementCount++] = obj;
    }

    /** @param obj removed where it first occurs @return whether it was there */
    public boolean removeElement(Object obj) {
        int i = indexOf(obj);
        if (i >= 0) {
            removeElementAt(i);
            return true;
        }
        return false;
    }

    /** Removes every element; the capacity stays. */
    public void removeAllElements() {
        for (int i = 0; i < elementCount; i++) {
            elementData[i] = null;
        }
        modCount++;
        elementCount = 0;
    }

    /** @param anArray receives the elements from index 0 */
    public void copyInto(Object[] anArray) {
        System.arraycopy(elementData, 0, anArray, 0, elementCount);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        return (E) elementData[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        E old = (E) elementData[index];
        elementData[index] = element;
        return old;
    }

    @Override
    public boolean add(E e) {
        addElement(e);
        return true;
    }

    @Override
    public void add(int index, E element) {
        insertElementAt(element, index);
    }

    @Override
    public boolean remove(Object o) {
        return removeElement(o);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        E old = (E) elementData[index];
        removeElementAt(index);
        return old;
    }

    @Override
    public void clear() {
        removeAllElements();
    }

    @Override
    public Object[] toArray() {
        Object[] copy = new Object[elementCount];
        System.arraycopy(elementData, 0, copy, 0, elementCount);
        return copy;
    }
}
