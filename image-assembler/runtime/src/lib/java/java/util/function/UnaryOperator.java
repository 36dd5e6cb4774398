package java.util.function;

/** A function from a type to itself. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface UnaryOperator<T> extends Function<T, T> {

    /** @param <T> the type @return the operator that returns its argument */
    static <T> UnaryOperator<T> identity() {
        return new UnaryOperator<T>() {
            @Override
            public T apply(T t) {
                return t;
            }
        };
    }
}
