package java.util.function;

/** A function to long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface ToLongFunction<T> {
    /** Applies this to the arguments. */
    long applyAsLong(T value);
}
