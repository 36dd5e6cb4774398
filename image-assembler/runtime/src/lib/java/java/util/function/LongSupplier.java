package java.util.function;

/** A supplier of longs. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongSupplier {
    /** Applies this to the arguments. */
    long getAsLong();
}
