package java.util.function;

/** A function of two arguments of one type to that type. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface BinaryOperator<T> extends BiFunction<T, T, T> {
}
