package java.util.function;

/** A function of two arguments. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface BiFunction<T, U, R> {
    /** Applies this to the arguments. */
    R apply(T t, U u);

    /** @param after applied to the result @param <V> its result type @return this, then after */
    default <V> BiFunction<T, U, V> andThen(Function<? super R, ? extends V> after) {
        final BiFunction<T, U, R> self = this;
        final Function<? super R, ? extends V> next = after;
        return new BiFunction<T, U, V>() {
            @Override
            public V apply(T t, U u) {
                return next.apply(self.apply(t, u));
            }
        };
    }
}
