package java.util;

/** Null-safety helpers; javac emits calls to requireNonNull for some constructs. */
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

    /** @param a a reference @param b a reference @return whether both are null or equal */
    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }
}
