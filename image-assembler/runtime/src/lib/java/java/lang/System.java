package java.lang;

import java.io.PrintStream;

/** Standard streams, time, exit and array copying. */
public final class System {
    /** Standard output (file descriptor 1; the console in a kernel). */
    public static final PrintStream out = new PrintStream(1);
    /** Standard error (file descriptor 2; the console in a kernel). */
    public static final PrintStream err = new PrintStream(2);

    private System() {
    }

    /** @param status the exit status; flushes both streams first */
    public static void exit(int status) {
        out.flush();
        err.flush();
        MokaRuntime.exit(status);
    }

    /** @return a monotonic time in nanoseconds */
    public static long nanoTime() {
        return MokaRuntime.nanoTime();
    }

    /** @return the wall-clock time in milliseconds since the epoch */
    public static long currentTimeMillis() {
        return MokaRuntime.currentTimeMillis();
    }

    /** @param o any object @return its identity hash code, 0 for null */
    public static int identityHashCode(Object o) {
        return o == null ? 0 : MokaRuntime.identityHashCode(o);
    }

    /**
     * Copies array elements with the JVM's checks; overlapping ranges copy as if through a temporary.
     *
     * @param src source array @param srcPos first source index @param dest destination array
     * @param destPos first destination index @param length how many elements
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        MokaRuntime.arraycopy(src, srcPos, dest, destPos, length);
    }
}
