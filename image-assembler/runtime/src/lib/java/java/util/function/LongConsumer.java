package java.util.function;

/** An operation on a long. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface LongConsumer {
    /** Applies this to the arguments. */
    void accept(long value);
}
