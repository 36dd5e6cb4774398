package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** @param <K> key type @param <V> value type */
public interface Map<K, V> {
    /** @param <K> key type @param <V> value type; a key-value pair */
    interface Entry<K, V> {
        /** @return the key */
        K getKey();

        /** @return the value */
        V getValue();

        /** @param value new value @return the old one */
        V setValue(V value);

        /** @param <K> key type @param <V> value type @return the order of entries by natural key order */
        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return new Comparator<Map.Entry<K, V>>() {
                @Override
                public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
                    return a.getKey().compareTo(b.getKey());
                }
            };
        }

        /** @param <K> key type @param <V> value type @return the order of entries by natural value order */
        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return new Comparator<Map.Entry<K, V>>() {
                @Override
                public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
                    return a.getValue().compareTo(b.getValue());
                }
            };
        }
    }

    /** @return the number of mappings */
    int size();

    /** @return whether there are none */
    boolean isEmpty();

    /** @param key a key @return whether it is mapped */
    boolean containsKey(Object key);

    /** @param value a value @return whether some key maps to it */
    boolean containsValue(Object value);

    /** @param key a key @return its value, or null */
    V get(Object key);

    /** @param key a key @param value its new value @return the old value, or null */
    V put(K key, V value);

    /** @param key a key @return its removed value, or null */
    V remove(Object key);

    /** @param m mappings copied in */
    void putAll(Map<? extends K, ? extends V> m);

    /** Removes every mapping. */
    void clear();

    /** @return a view of the keys */
    Set<K> keySet();

    /** @return a view of the values */
    Collection<V> values();

    /** @return a view of the mappings */
    Set<Map.Entry<K, V>> entrySet();

    /** @param key a key @param defaultValue returned when unmapped @return the value or defaultValue */
    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null || containsKey(key) ? v : defaultValue;
    }

    /** @param action called with each mapping */
    default void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    /** @param function computes each new value from key and value */
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> e : entrySet()) {
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    /** @param key a key @param value stored when the key is unmapped or null @return the old value */
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    /** @param key a key @param value its expected value @return whether the mapping was removed */
    default boolean remove(Object key, Object value) {
        Object current = get(key);
        if (!Objects.equals(current, value) || (current == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    /** @param key a key @param oldValue expected @param newValue stored @return whether replaced */
    default boolean replace(K key, V oldValue, V newValue) {
        Object current = get(key);
        if (!Objects.equals(current, oldValue) || (current == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    /** @param key a key @param value stored when the key is mapped @return the old value */
    default V replace(K key, V value) {
        V current = get(key);
        if (current != null || containsKey(key)) {
            current = put(key, value);
        }
        return current;
    }

    /** @param key a key @param mappingFunction computes the value when absent @return the current value */
    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V v = get(key);
        if (v == null) {
            V computed = mappingFunction.apply(key);
            if (computed != null) {
                put(key, computed);
                return computed;
            }
        }
        return v;
    }

    /** @param key a key @param remappingFunction computes the new value when present @return it */
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        if (old != null) {
            V computed = remappingFunction.apply(key, old);
            if (computed != null) {
                put(key, computed);
                return computed;
            }
            remove(key);
        }
        return null;
    }

    /** @param key a key @param remappingFunction computes the new value (null removes) @return it */
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        V computed = remappingFunction.apply(key, old);
        if (computed == null) {
            if (old != null || containsKey(key)) {
                remove(key);
            }
            return null;
        }
        put(key, computed);
        return computed;
    }

    /** @param key a key @param value used when absent @param remappingFunction combines old and value @return the new value */
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        V old = get(key);
        V computed = old == null ? value : remappingFunction.apply(old, value);
        if (computed == null) {
            remove(key);
        } else {
            put(key, computed);
        }
        return computed;
    }

    /** @param k key @param v value @param <K> key type @param <V> value type @return an unmodifiable entry */
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new AbstractMap.SimpleImmutableEntry<K, V>(Objects.requireNonNull(k), Objects.requireNonNull(v));
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable empty map */
    static <K, V> Map<K, V> of() {
        return Collections.unmodifiableMap(new LinkedHashMap<K, V>());
    }

    /** @param k1 key @param v1 value @param <K> key type @param <V> value type @return an unmodifiable map */
    static <K, V> Map<K, V> of(K k1, V v1) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        return Collections.unmodifiableMap(m);
    }

    /** @param k1 key @param v1 value @param k2 key @param v2 value @param <K> key type @param <V> value type @return an unmodifiable map */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        return Collections.unmodifiableMap(m);
    }

    /** @return an unmodifiable map of three mappings @param k1 key @param v1 value @param k2 key @param v2 value @param k3 key @param v3 value @param <K> key type @param <V> value type */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 4 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 5 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 6 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        putNew(m, k6, v6);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 7 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        putNew(m, k6, v6);
        putNew(m, k7, v7);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 8 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        putNew(m, k6, v6);
        putNew(m, k7, v7);
        putNew(m, k8, v8);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 9 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        putNew(m, k6, v6);
        putNew(m, k7, v7);
        putNew(m, k8, v8);
        putNew(m, k9, v9);
        return Collections.unmodifiableMap(m);
    }

    /** @param <K> key type @param <V> value type @return an unmodifiable map of the 10 pairs */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        putNew(m, k1, v1);
        putNew(m, k2, v2);
        putNew(m, k3, v3);
        putNew(m, k4, v4);
        putNew(m, k5, v5);
        putNew(m, k6, v6);
        putNew(m, k7, v7);
        putNew(m, k8, v8);
        putNew(m, k9, v9);
        putNew(m, k10, v10);
        return Collections.unmodifiableMap(m);
    }

    /** @param map copied @param <K> key type @param <V> value type @return an unmodifiable copy */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            putNew(m, e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    private static <K, V> void putNew(Map<K, V> m, K k, V v) {
        if (m.put(Objects.requireNonNull(k), Objects.requireNonNull(v)) != null) {
            throw new IllegalArgumentException("duplicate key: " + k);
        }
    }
}
