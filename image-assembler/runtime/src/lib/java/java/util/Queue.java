package java.util;

/** @param <E> element type */
public interface Queue<E> extends Collection<E> {
    /** @param e added @return whether it was added */
    boolean offer(E e);

    /** @return the removed head @throws NoSuchElementException when empty */
    E remove();

    /** @return the removed head, or null when empty */
    E poll();

    /** @return the head @throws NoSuchElementException when empty */
    E element();

    /** @return the head, or null when empty */
    E peek();
}
