package java.util.function;

/** An operation on one argument. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface Consumer<T> {
    /** Applies this to the arguments. */
    void accept(T t);

    /** @param after run second @return this, then after */
    default Consumer<T> andThen(Consumer<? super T> after) {
        final Consumer<T> self = this;
        final Consumer<? super T> next = after;
        return new Consumer<T>() {
            @Override
            public void accept(T t) {
                self.accept(t);
                next.accept(t);
            }
        };
    }
}
