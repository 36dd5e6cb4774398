package java.util.function;

/** An operation on two longs. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongBinaryOperator {
    /** Applies this to the arguments. */
    long applyAsLong(long left, long right);
}
