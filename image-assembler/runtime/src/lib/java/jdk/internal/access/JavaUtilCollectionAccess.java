package jdk.internal.access;

import java.util.List;

/**
 * Not JDK API as such: Moka's stand-in for the JDK's private access to its unmodifiable lists, with
 * the operations the JDK's streams call.
 */
public interface JavaUtilCollectionAccess {
    /** @param array elements, none null, no longer used by the caller @return an unmodifiable list of them */
    <E> List<E> listFromTrustedArray(Object[] array);

    /** @param array elements, no longer used by the caller @return an unmodifiable list of them */
    <E> List<E> listFromTrustedArrayNullsAllowed(Object[] array);
}
