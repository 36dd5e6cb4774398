package java.util;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The comparators behind Comparator's static and default methods, as named classes. */
final class Comparators {
    private Comparators() {
    }

    /** Natural order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Natural implements Comparator<Comparable> {
        static final Natural INSTANCE = new Natural();

        @Override
        public int compare(Comparable a, Comparable b) {
            return a.compareTo(b);
        }

        @Override
        public Comparator<Comparable> reversed() {
            return ReverseNatural.INSTANCE;
        }
    }

    /** Reversed natural order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ReverseNatural implements Comparator<Comparable> {
        static final ReverseNatural INSTANCE = new ReverseNatural();

        @Override
        public int compare(Comparable a, Comparable b) {
            return b.compareTo(a);
        }

        @Override
        public Comparator<Comparable> reversed() {
            return Natural.INSTANCE;
        }
    }

    /** Another comparator, reversed. */
    static final class Reversed<T> implements Comparator<T> {
        private final Comparator<T> order;

        Reversed(Comparator<T> order) {
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            return order.compare(b, a);
        }

        @Override
        public Comparator<T> reversed() {
            return order;
        }
    }

    /** One order, ties broken by a second. */
    static final class Then<T> implements Comparator<T> {
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int compare(T a, T b) {
            int c = first.compare(a, b);
            return c != 0 ? c : second.compare(a, b);
        }
    }

    /** Natural order of a key. */
    static final class ByKey<T, U extends Comparable<? super U>> implements Comparator<T> {
        private final Function<? super T, ? extends U> key;

        ByKey(Function<? super T, ? extends U> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return key.apply(a).compareTo(key.apply(b));
        }
    }

    /** A key in a given order. */
    static final class ByKeyWith<T, U> implements Comparator<T> {
        private final Function<? super T, ? extends U> key;
        private final Comparator<? super U> order;

        ByKeyWith(Function<? super T, ? extends U> key, Comparator<? super U> order) {
            this.key = key;
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            return order.compare(key.apply(a), key.apply(b));
        }
    }

    /** An int key. */
    static final class ByInt<T> implements Comparator<T> {
        private final ToIntFunction<? super T> key;

        ByInt(ToIntFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        }
    }

    /** A long key. */
    static final class ByLong<T> implements Comparator<T> {
        private final ToLongFunction<? super T> key;

        ByLong(ToLongFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return Long.compare(key.applyAsLong(a), key.applyAsLong(b));
        }
    }

    /** Nulls first or last, others in a given order (all equal when it is null). */
    static final class Nulls<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<? super T> order;

        Nulls(boolean nullFirst, Comparator<? super T> order) {
            this.nullFirst = nullFirst;
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : (nullFirst ? -1 : 1);
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return order == null ? 0 : order.compare(a, b);
        }
    }
}
