package java.util;

/** @param <K> key type @param <V> value type; a sorted map that finds the entries nearest a given key */
public interface NavigableMap<K, V> extends SortedMap<K, V> {
    /** @param key probe @return the entry with the greatest key below key, or null */
    Map.Entry<K, V> lowerEntry(K key);

    /** @param key probe @return the greatest key below key, or null */
    K lowerKey(K key);

    /** @param key probe @return the entry with the greatest key at or below key, or null */
    Map.Entry<K, V> floorEntry(K key);

    /** @param key probe @return the greatest key at or below key, or null */
    K floorKey(K key);

    /** @param key probe @return the entry with the least key at or above key, or null */
    Map.Entry<K, V> ceilingEntry(K key);

    /** @param key probe @return the least key at or above key, or null */
    K ceilingKey(K key);

    /** @param key probe @return the entry with the least key above key, or null */
    Map.Entry<K, V> higherEntry(K key);

    /** @param key probe @return the least key above key, or null */
    K higherKey(K key);

    /** @return the entry with the lowest key, or null when empty */
    Map.Entry<K, V> firstEntry();

    /** @return the entry with the highest key, or null when empty */
    Map.Entry<K, V> lastEntry();

    /** @return the removed entry with the lowest key, or null when empty */
    Map.Entry<K, V> pollFirstEntry();

    /** @return the removed entry with the highest key, or null when empty */
    Map.Entry<K, V> pollLastEntry();

    /** @return the map in reverse key order, as a view */
    NavigableMap<K, V> descendingMap();

    /** @return the keys in order, as a view */
    NavigableSet<K> navigableKeySet();

    /** @return the keys in reverse order, as a view */
    NavigableSet<K> descendingKeySet();

    /**
     * @param fromKey low end @param fromInclusive whether fromKey belongs @param toKey high end
     * @param toInclusive whether toKey belongs @return the range as a view
     */
    NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    /** @param toKey high end @param inclusive whether toKey belongs @return the entries below as a view */
    NavigableMap<K, V> headMap(K toKey, boolean inclusive);

    /** @param fromKey low end @param inclusive whether fromKey belongs @return the entries above as a view */
    NavigableMap<K, V> tailMap(K fromKey, boolean inclusive);

    /** @return the map in reverse key order, as a view */
    default NavigableMap<K, V> reversed() {
        return descendingMap();
    }
}
