package java.util.function;

/** An operation on two ints. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntBinaryOperator {
    /** Applies this to the arguments. */
    int applyAsInt(int left, int right);
}
