package java.util;

/** Null-safe helpers; javac emits calls to requireNonNull for some constructs. */
public final class Objects {
    private Objects() {
    }

    /** @param o a reference @param <T> its type @return o @throws NullPointerException when o is null */
    public static <T> T requireNonNull(T o) {
        if (o == null) {
            throw new NullPointerException();
        }
        return o;
    }

    /** @param o a reference @param message the exception's message @param <T> its type @return o */
    public static <T> T requireNonNull(T o, String message) {
        if (o == null) {
            throw new NullPointerException(message);
        }
        return o;
    }

    /** @param o a reference @param defaultObject used when o is null @param <T> its type @return o or the default */
    public static <T> T requireNonNullElse(T o, T defaultObject) {
        return o != null ? o : requireNonNull(defaultObject, "defaultObj");
    }

    /** @param a a reference @param b a reference @return whether both are null or equal */
    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    /** @param a a reference @param b a reference @return equals, comparing arrays by contents */
    public static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Arrays.deepEquals0(a, b);
    }

    /** @param o a reference @return its hash code, 0 for null */
    public static int hashCode(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    /** @param values hashed @return Arrays.hashCode of them */
    public static int hash(Object... values) {
        return Arrays.hashCode(values);
    }

    /** @param o a reference @return String.valueOf(o) */
    public static String toString(Object o) {
        return String.valueOf(o);
    }

    /** @param o a reference @param nullDefault used for null @return o's string or nullDefault */
    public static String toString(Object o, String nullDefault) {
        return o == null ? nullDefault : o.toString();
    }

    /** @param o a reference @return whether it is null */
    public static boolean isNull(Object o) {
        return o == null;
    }

    /** @param o a reference @return whether it is not null */
    public static boolean nonNull(Object o) {
        return o != null;
    }

    /** @param a a value @param b a value @param c their order @param <T> type @return 0 when identical, else c's result */
    public static <T> int compare(T a, T b, Comparator<? super T> c) {
        return a == b ? 0 : c.compare(a, b);
    }

    /**
     * @param index an index @param length the length
     * @return index @throws IndexOutOfBoundsException with the JVM's message when outside [0, length)
     */
    public static int checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        return index;
    }

    /**
     * @param from first index @param to index after the last @param length the length
     * @return from @throws IndexOutOfBoundsException with the JVM's message when outside [0, length]
     */
    public static int checkFromToIndex(int from, int to, int length) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + length);
        }
        return from;
    }

    /**
     * @param from first index @param size count @param length the length
     * @return from @throws IndexOutOfBoundsException with the JVM's message when outside [0, length]
     */
    public static int checkFromIndexSize(int from, int size, int length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + from + " + " + size
                    + ") out of bounds for length " + length);
        }
        return from;
    }
}
