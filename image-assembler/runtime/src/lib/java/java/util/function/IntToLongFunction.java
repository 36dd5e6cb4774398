package java.util.function;

/** A function from int to long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntToLongFunction {
    /** Applies this to the arguments. */
    long applyAsLong(int value);
}
