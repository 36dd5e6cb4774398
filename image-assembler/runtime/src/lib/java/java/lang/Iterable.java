package java.lang;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/** @param <T> element type; the target of the enhanced for statement */
public interface Iterable<T> {
    /** @return an iterator over the elements */
    Iterator<T> iterator();

    /** @param action called with each element, in iteration order */
    default void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = iterator();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }
}
