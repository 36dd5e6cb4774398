package java.util.function;

/** A function of an int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntFunction<R> {
    /** Applies this to the arguments. */
    R apply(int value);
}
