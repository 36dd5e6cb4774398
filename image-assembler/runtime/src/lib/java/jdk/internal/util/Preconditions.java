package jdk.internal.util;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Moka's substitute for the JDK's index checks, whose exception formatters the JDK builds with
 * lambdas over its own string formatting: the same checks and the same messages, on Moka's classes,
 * for the JDK classes Moka compiles.
 */
public final class Preconditions {
    /** Makes a {@code StringIndexOutOfBoundsException} with the JDK's message for a failed check. */
    public static final BiFunction<String, List<Number>, StringIndexOutOfBoundsException> SIOOBE_FORMATTER =
            new Formatter<StringIndexOutOfBoundsException>(Formatter.STRING);

    /** Makes an {@code ArrayIndexOutOfBoundsException} with the JDK's message for a failed check. */
    public static final BiFunction<String, List<Number>, ArrayIndexOutOfBoundsException> AIOOBE_FORMATTER =
            new Formatter<ArrayIndexOutOfBoundsException>(Formatter.ARRAY);

    /** Makes an {@code IndexOutOfBoundsException} with the JDK's message for a failed check. */
    public static final BiFunction<String, List<Number>, IndexOutOfBoundsException> IOOBE_FORMATTER =
            new Formatter<IndexOutOfBoundsException>(Formatter.INDEX);

    private Preconditions() {
    }

    /**
     * @param index an index @param length the length it must lie below @param oobef makes the exception, or null
     * @param <X> the exception type @return the index
     */
    public static <X extends RuntimeException> int checkIndex(int index, int length,
            BiFunction<String, List<Number>, X> oobef) {
        if (index < 0 || index >= length) {
            throw failure(oobef, "checkIndex", List.of(index, length));
        }
        return index;
    }

    /**
     * @param fromIndex a range's start @param toIndex its end @param length the length it must lie within
     * @param oobef makes the exception, or null @param <X> the exception type @return the start
     */
    public static <X extends RuntimeException> int checkFromToIndex(int fromIndex, int toIndex, int length,
            BiFunction<String, List<Number>, X> oobef) {
        if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
            throw failure(oobef, "checkFromToIndex", List.of(fromIndex, toIndex, length));
        }
        return fromIndex;
    }

    /**
     * @param fromIndex a range's start @param size its size @param length the length it must lie within
     * @param oobef makes the exception, or null @param <X> the exception type @return the start
     */
    public static <X extends RuntimeException> int checkFromIndexSize(int fromIndex, int size, int length,
            BiFunction<String, List<Number>, X> oobef) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw failure(oobef, "checkFromIndexSize", List.of(fromIndex, size, length));
        }
        return fromIndex;
    }

    private static RuntimeException failure(BiFunction<String, List<Number>, ? extends RuntimeException> oobef,
            String kind, List<Number> args) {
        RuntimeException e = oobef == null ? null : oobef.apply(kind, args);
        return e == null ? new IndexOutOfBoundsException(message(kind, args)) : e;
    }

    private static String message(String kind, List<Number> args) {
        if (kind.equals("checkIndex")) {
            return "Index " + args.get(0) + " out of bounds for length " + args.get(1);
        }
        if (kind.equals("checkFromToIndex")) {
            return "Range [" + args.get(0) + ", " + args.get(1) + ") out of bounds for length " + args.get(2);
        }
        if (kind.equals("checkFromIndexSize")) {
            return "Range [" + args.get(0) + ", " + args.get(0) + " + " + args.get(1) + ") out of bounds for length "
                    + args.get(2);
        }
        return kind + ": " + args;
    }

    /** Makes the exception of one type with the JDK's message for a failed check. */
    private static final class Formatter<X extends RuntimeException> implements BiFunction<String, List<Number>, X> {
        static final int STRING = 0;
        static final int ARRAY = 1;
        static final int INDEX = 2;

        private final int type;

        Formatter(int type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings("unchecked")
        public X apply(String kind, List<Number> args) {
            String message = message(kind, args);
            RuntimeException e = type == STRING ? new StringIndexOutOfBoundsException(message)
                    : type == ARRAY ? new ArrayIndexOutOfBoundsException(message) : new IndexOutOfBoundsException(message);
            return (X) e;
        }
    }
}
