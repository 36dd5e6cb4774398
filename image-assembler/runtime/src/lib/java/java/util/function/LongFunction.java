package java.util.function;

/** A function of a long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongFunction<R> {
    /** Applies this to the arguments. */
    R apply(long value);
}
