package jdk.internal.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Not JDK API: {@link JavaUtilCollectionAccess} on Moka's unmodifiable lists. */
final class MokaJavaUtilCollectionAccess implements JavaUtilCollectionAccess {
    @Override
    @SuppressWarnings("unchecked")
    public <E> List<E> listFromTrustedArray(Object[] array) {
        return (List<E>) List.of(array);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> List<E> listFromTrustedArrayNullsAllowed(Object[] array) {
        ArrayList<E> list = new ArrayList<>(array.length);
        for (Object element : array) {
            list.add((E) element);
        }
        return Collections.unmodifiableList(list);
    }
}
