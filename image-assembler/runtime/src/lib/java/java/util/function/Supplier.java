package java.util.function;

/** A supplier of values. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface Supplier<T> {
    /** Applies this to the arguments. */
    T get();
}
