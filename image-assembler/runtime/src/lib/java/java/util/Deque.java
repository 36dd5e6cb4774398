package java.util;

/** @param <E> element type; a queue open at both ends */
public interface Deque<E> extends Queue<E> {
    /** @param e inserted at the head */
    void addFirst(E e);

    /** @param e inserted at the tail */
    void addLast(E e);

    /** @param e inserted at the head @return true */
    boolean offerFirst(E e);

    /** @param e inserted at the tail @return true */
    boolean offerLast(E e);

    /** @return the removed head @throws NoSuchElementException when empty */
    E removeFirst();

    /** @return the removed tail @throws NoSuchElementException when empty */
    E removeLast();

    /** @return the removed head, or null */
    E pollFirst();

    /** @return the removed tail, or null */
    E pollLast();

    /** @return the head @throws NoSuchElementException when empty */
    E getFirst();

    /** @return the tail @throws NoSuchElementException when empty */
    E getLast();

    /** @return the head, or null */
    E peekFirst();

    /** @return the tail, or null */
    E peekLast();

    /** @param o removed once, searching from the head @return whether found */
    boolean removeFirstOccurrence(Object o);

    /** @param o removed once, searching from the tail @return whether found */
    boolean removeLastOccurrence(Object o);

    /** @param e pushed at the head */
    void push(E e);

    /** @return the popped head @throws NoSuchElementException when empty */
    E pop();

    /** @return an iterator from tail to head */
    Iterator<E> descendingIterator();
}
