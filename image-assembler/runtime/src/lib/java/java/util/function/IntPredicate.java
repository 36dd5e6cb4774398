package java.util.function;

/** A condition on an int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntPredicate {
    /** Applies this to the arguments. */
    boolean test(int value);
}
