package jdk.internal.util;

/**
 * Moka's substitute for the JDK's array helpers, which compare and hash through {@code Unsafe} and
 * vectorised intrinsics: the same results by plain loops, for the JDK classes Moka compiles. A helper
 * not written here is taken from the JDK's class when its code needs nothing Moka lacks.
 */
public final class ArraysSupport {
    /** The largest array length the JDK's growth policy aims for. */
    public static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private ArraysSupport() {
    }

    /**
     * @param a values @param fromIndex the first @param length how many @param initialValue the hash so far
     * @return the hash of the range, as {@code Arrays.hashCode} combines elements
     */
    public static int hashCode(int[] a, int fromIndex, int length, int initialValue) {
        int result = initialValue;
        for (int i = fromIndex; i < fromIndex + length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    /**
     * @param a values @param fromIndex the first @param length how many @param initialValue the hash so far
     * @return the hash of the range, as {@code Arrays.hashCode} combines elements
     */
    public static int hashCode(byte[] a, int fromIndex, int length, int initialValue) {
        int result = initialValue;
        for (int i = fromIndex; i < fromIndex + length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    /** @param a values @param b values @param length how many to compare @return the first index that differs, or -1 */
    public static int mismatch(int[] a, int[] b, int length) {
        return mismatch(a, 0, b, 0, length);
    }

    /**
     * @param a values @param aFromIndex where they start @param b values @param bFromIndex where they start
     * @param length how many to compare @return the first relative index that differs, or -1
     */
    public static int mismatch(int[] a, int aFromIndex, int[] b, int bFromIndex, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFromIndex + i] != b[bFromIndex + i]) {
                return i;
            }
        }
        return -1;
    }

    /** @param a values @param b values @param length how many to compare @return the first index that differs, or -1 */
    public static int mismatch(byte[] a, byte[] b, int length) {
        return mismatch(a, 0, b, 0, length);
    }

    /**
     * @param a values @param aFromIndex where they start @param b values @param bFromIndex where they start
     * @param length how many to compare @return the first relative index that differs, or -1
     */
    public static int mismatch(byte[] a, int aFromIndex, byte[] b, int bFromIndex, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFromIndex + i] != b[bFromIndex + i]) {
                return i;
            }
        }
        return -1;
    }

    /** @param a values @param b values @param length how many to compare @return the first index that differs, or -1 */
    public static int mismatch(long[] a, long[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param oldLength the current length @param minGrowth the least growth needed @param prefGrowth the growth preferred
     * @return the new length: the old plus the larger growth, capped as the JDK caps it
     * @throws OutOfMemoryError when the least growth overflows an array length
     */
    public static int newLength(int oldLength, int minGrowth, int prefGrowth) {
        int preferred = oldLength + Math.max(minGrowth, prefGrowth);
        if (0 < preferred && preferred <= SOFT_MAX_ARRAY_LENGTH) {
            return preferred;
        }
        int minLength = oldLength + minGrowth;
        if (minLength < 0) {
            throw new OutOfMemoryError("Required array length " + oldLength + " + " + minGrowth + " is too large");
        }
        return Math.max(minLength, SOFT_MAX_ARRAY_LENGTH);
    }
}
