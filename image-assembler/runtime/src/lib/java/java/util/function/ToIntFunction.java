package java.util.function;

/** A function to int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface ToIntFunction<T> {
    /** Applies this to the arguments. */
    int applyAsInt(T value);
}
