package java.util;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** @param <T> what this compares; the library builds comparators from named nested classes */
public interface Comparator<T> {
    /** @param a a value @param b a value @return negative, zero or positive */
    int compare(T a, T b);

    /** @return the opposite order */
    default Comparator<T> reversed() {
        return new Comparators.Reversed<T>(this);
    }

    /** @param other breaks ties @return this order, then other's */
    default Comparator<T> thenComparing(Comparator<? super T> other) {
        return new Comparators.Then<T>(this, Objects.requireNonNull(other));
    }

    /** @param keyExtractor key for ties @param <U> key type @return this order, then by natural key order */
    default <U extends Comparable<? super U>> Comparator<T> thenComparing(Function<? super T, ? extends U> keyExtractor) {
        return thenComparing(Comparator.<T, U>comparing(keyExtractor));
    }

    /** @param keyExtractor int key for ties @return this order, then by that key */
    default Comparator<T> thenComparingInt(ToIntFunction<? super T> keyExtractor) {
        return thenComparing(comparingInt(keyExtractor));
    }

    /** @param keyExtractor long key for ties @return this order, then by that key */
    default Comparator<T> thenComparingLong(ToLongFunction<? super T> keyExtractor) {
        return thenComparing(comparingLong(keyExtractor));
    }

    /** @param <T> a comparable type @return natural order */
    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (Comparator<T>) Comparators.Natural.INSTANCE;
    }

    /** @param <T> a comparable type @return reversed natural order */
    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparators.ReverseNatural.INSTANCE;
    }

    /** @param keyExtractor the key @param <T> compared type @param <U> key type @return order by natural key order */
    static <T, U extends Comparable<? super U>> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor) {
        return new Comparators.ByKey<T, U>(Objects.requireNonNull(keyExtractor));
    }

    /**
     * @param keyExtractor the key @param keyComparator its order @param <T> compared type @param <U> key type
     * @return order by key
     */
    static <T, U> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor,
                                          Comparator<? super U> keyComparator) {
        return new Comparators.ByKeyWith<T, U>(Objects.requireNonNull(keyExtractor), Objects.requireNonNull(keyComparator));
    }

    /** @param keyExtractor the int key @param <T> compared type @return order by that key */
    static <T> Comparator<T> comparingInt(ToIntFunction<? super T> keyExtractor) {
        return new Comparators.ByInt<T>(Objects.requireNonNull(keyExtractor));
    }

    /** @param keyExtractor the long key @param <T> compared type @return order by that key */
    static <T> Comparator<T> comparingLong(ToLongFunction<? super T> keyExtractor) {
        return new Comparators.ByLong<T>(Objects.requireNonNull(keyExtractor));
    }

    /** @param comparator order of non-null values @param <T> compared type @return nulls first, then that order */
    static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(true, comparator);
    }

    /** @param comparator order of non-null values @param <T> compared type @return that order, then nulls */
    static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(false, comparator);
    }
}
