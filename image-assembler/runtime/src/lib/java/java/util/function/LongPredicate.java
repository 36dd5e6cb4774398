package java.util.function;

/** A condition on a long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongPredicate {
    /** Applies this to the arguments. */
    boolean test(long value);
}
