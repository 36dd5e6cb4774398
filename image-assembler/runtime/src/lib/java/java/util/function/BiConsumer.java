package java.util.function;

/** An operation on two arguments. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface BiConsumer<T, U> {
    /** Applies this to the arguments. */
    void accept(T t, U u);
}
