package java.util.function;

/** A supplier of booleans. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface BooleanSupplier {
    /** Applies this to the arguments. */
    boolean getAsBoolean();
}
