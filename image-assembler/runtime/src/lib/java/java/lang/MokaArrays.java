package java.lang;

/**
 * Not JDK API: the seam through which java.util makes arrays of a runtime element type, which the JDK
 * does with reflection. Programs are compiled against the JDK, so they never see this class.
 */
public final class MokaArrays {
    private MokaArrays() {
    }

    /**
     * @param template an array whose element type the result gets
     * @param length   the new array's length
     * @param <T>      element type
     * @return a new array of that element type, all null
     */
    @SuppressWarnings("unchecked")
    public static <T> T[] newArrayLike(T[] template, int length) {
        return (T[]) MokaRuntime.newArrayLike(template, length);
    }
}
