package java.util.function;

/** A condition on two arguments. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface BiPredicate<T, U> {
    /** Applies this to the arguments. */
    boolean test(T t, U u);
}
