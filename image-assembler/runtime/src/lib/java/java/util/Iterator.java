package java.util;

import java.util.function.Consumer;

/** @param <E> element type */
public interface Iterator<E> {
    /** @return whether next has an element to return */
    boolean hasNext();

    /** @return the next element @throws NoSuchElementException when there is none */
    E next();

    /** Removes the element next last returned; unsupported unless overridden. */
    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    /** @param action called with each remaining element */
    default void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (hasNext()) {
            action.accept(next());
        }
    }
}
