package java.util;

/** @param <E> element type; an iterator that moves both ways and can change the list */
public interface ListIterator<E> extends Iterator<E> {
    /** @return whether previous has an element to return */
    boolean hasPrevious();

    /** @return the previous element */
    E previous();

    /** @return the index next would return */
    int nextIndex();

    /** @return the index previous would return */
    int previousIndex();

    /** @param e replaces the element last returned */
    void set(E e);

    /** @param e inserted before the cursor */
    void add(E e);
}
