package java.util;

/** @param <K> key type @param <V> value type; a map whose keys are kept in order */
public interface SortedMap<K, V> extends Map<K, V> {
    /** @return the key order, or null for natural order */
    Comparator<? super K> comparator();

    /** @param from lowest key, inclusive @param to highest key, exclusive @return the range as a view */
    SortedMap<K, V> subMap(K from, K to);

    /** @param to highest key, exclusive @return the entries below as a view */
    SortedMap<K, V> headMap(K to);

    /** @param from lowest key, inclusive @return the entries from there on as a view */
    SortedMap<K, V> tailMap(K from);

    /** @return the lowest key @throws NoSuchElementException when empty */
    K firstKey();

    /** @return the highest key @throws NoSuchElementException when empty */
    K lastKey();
}
