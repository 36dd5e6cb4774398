package java.util.function;

/** An operation on an int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface IntConsumer {
    /** Applies this to the arguments. */
    void accept(int value);
}
