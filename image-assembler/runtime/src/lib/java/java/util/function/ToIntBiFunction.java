package java.util.function;

/** A function of two arguments to int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface ToIntBiFunction<T, U> {
    /** Applies this to the arguments. */
    int applyAsInt(T t, U u);
}
