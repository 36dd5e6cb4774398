package java.util.function;

/** A condition on one argument. Implemented with named or anonymous classes in the library (no lambdas there yet). */
public interface Predicate<T> {
    /** Applies this to the arguments. */
    boolean test(T t);

    /** @return the opposite condition */
    default Predicate<T> negate() {
        final Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return !self.test(t);
            }
        };
    }

    /** @param other the second condition @return both (short-circuit) */
    default Predicate<T> and(Predicate<? super T> other) {
        final Predicate<T> self = this;
        final Predicate<? super T> second = other;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) && second.test(t);
            }
        };
    }

    /** @param other the second condition @return either (short-circuit) */
    default Predicate<T> or(Predicate<? super T> other) {
        final Predicate<T> self = this;
        final Predicate<? super T> second = other;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) || second.test(t);
            }
        };
    }

    /** @param target compared with equals @param <T> argument type @return the condition "equals target" */
    static <T> Predicate<T> isEqual(Object target) {
        final Object expected = target;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return java.util.Objects.equals(expected, t);
            }
        };
    }

    /** @param p a condition @param <T> argument type @return its opposite */
    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> p) {
        return (Predicate<T>) p.negate();
    }
}
