package java.util;

/**
 * A last-in-first-out stack on a {@link Vector}, as the JDK's: the top is the vector's last element.
 *
 * @param <E> the element type
 */
public class Stack<E> extends Vector<E> {
    /** Creates an empty stack. */
    public Stack() {
    }

    /** @param item pushed onto the top @return the item */
    public E push(E item) {
        addElement(item);
        return item;
    }

    /** @return the top, removed @throws EmptyStackException when empty */
    public E pop() {
        E top = peek();
        removeElementAt(size() - 1);
        return top;
    }

    /** @return the top @throws EmptyStackException when empty */
    public E peek() {
        int n = size();
        if (n == 0) {
            throw new EmptyStackException();
        }
        return elementAt(n - 1);
    }

    /** @return whether the stack is empty */
    public boolean empty() {
        return size() == 0;
    }

    /** @param o sought @return its distance from the top (the top is 1), or -1 */
    public int search(Object o) {
        int i = lastIndexOf(o);
        return i >= 0 ? size() - i : -1;
    }
}
