package java.util.function;

/** An operation on one int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntUnaryOperator {
    /** Applies this to the arguments. */
    int applyAsInt(int operand);
}
