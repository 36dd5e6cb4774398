package java.util.function;

/** An operation on an object and an int. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface ObjIntConsumer<T> {
    /** Applies this to the arguments. */
    void accept(T t, int value);
}
