package java.util.function;

/** An operation on one long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongUnaryOperator {
    /** Applies this to the arguments. */
    long applyAsLong(long operand);
}
