package java.util.function;

/** A supplier of ints. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntSupplier {
    /** Applies this to the arguments. */
    int getAsInt();
}
