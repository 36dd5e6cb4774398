package java.util.function;

/** A function of one argument. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface Function<T, R> {
    /** Applies this to the arguments. */
    R apply(T t);

    /** @param after applied to the result @param <V> its result type @return this, then after */
    default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {
        final Function<T, R> self = this;
        final Function<? super R, ? extends V> next = after;
        return new Function<T, V>() {
            @Override
            public V apply(T t) {
                return next.apply(self.apply(t));
            }
        };
    }

    /** @param before applied first @param <V> its argument type @return before, then this */
    default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {
        final Function<T, R> self = this;
        final Function<? super V, ? extends T> first = before;
        return new Function<V, R>() {
            @Override
            public R apply(V v) {
                return self.apply(first.apply(v));
            }
        };
    }

    /** @param <T> the type @return the function that returns its argument */
    static <T> Function<T, T> identity() {
        return new Function<T, T>() {
            @Override
            public T apply(T t) {
                return t;
            }
        };
    }
}
