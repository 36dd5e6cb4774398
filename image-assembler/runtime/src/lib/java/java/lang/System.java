package java.lang;

import java.io.PrintStream;

/**
 * System services: the standard streams, time, exit, identity hashes and array copying.
 */
public final class System {
    /** Standard output (file descriptor 1; the console in a kernel). */
    public static final PrintStream out = new PrintStream(1);
    /** Standard error (file descriptor 2; the console in a kernel). */
    public static final PrintStream err = new PrintStream(2);
    /** Standard input (file descriptor 0; a kernel has none, and it is always at its end). */
    public static final java.io.InputStream in = new java.io.MokaStandardInput();

    private static final String OBJECT_ARRAY = "object array[]";

    private System() {
    }

    /** @return a monotonic time in nanoseconds */
    public static long nanoTime() {
        return MokaRuntime.nanoTime();
    }

    /** @return the wall-clock time in milliseconds since the epoch */
    public static long currentTimeMillis() {
        return MokaRuntime.currentTimeMillis();
    }

    /** @param o an object, may be null @return its identity hash code, 0 for null */
    public static int identityHashCode(Object o) {
        return o == null ? 0 : MokaRuntime.identityHashCode(o);
    }

    /**
     * @param name an environment variable's name
     * @return its value in the environment the process was started with, or null
     */
    public static String getenv(String name) {
        String prefix = name + "=";
        for (String entry : MokaRuntime.environment()) {
            if (entry.startsWith(prefix)) {
                return entry.substring(prefix.length());
            }
        }
        return null;
    }

    /** @return the environment the process was started with, by name */
    public static java.util.Map<String, String> getenv() {
        java.util.Map<String, String> variables = new java.util.HashMap<>();
        for (String entry : MokaRuntime.environment()) {
            int equals = entry.indexOf('=');
            if (equals > 0 && !variables.containsKey(entry.substring(0, equals))) {
                variables.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return java.util.Collections.unmodifiableMap(variables);
    }

    /**
     * @param status exit status; both standard streams are flushed first, and the heap's summary
     *               line printed when the environment asks for it ({@code MOKA_GC_SUMMARY})
     * @see MokaRuntime#exit
     */
    public static void exit(int status) {
        out.flush();
        HeapSummary.printIfAsked();
        err.flush();
        MokaRuntime.exit(status);
    }

    /** @return the line separator of Moka's targets: "\n" */
    public static String lineSeparator() {
        return "\n";
    }

    /**
     * Copies part of an array into an array, as the JVM does: overlapping copies within one array work,
     * and the exceptions and their messages are the JVM's.
     *
     * @param src     source array
     * @param srcPos  first index read
     * @param dest    destination array
     * @param destPos first index written
     * @param length  number of elements
     * @throws NullPointerException             when either array is null
     * @throws ArrayStoreException              when the arrays' types do not match or an element cannot be stored
     * @throws ArrayIndexOutOfBoundsException   when a range lies outside its array or length is negative
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        // The common case, decided without building a type name: arrays of one primitive type, in bounds.
        if (MokaRuntime.copyWithinPrimitiveArrays(src, srcPos, dest, destPos, length)) {
            return;
        }
        // Then reference arrays whose elements need no store check, in bounds.
        if (MokaRuntime.isAssignableArray(src, dest) && (srcPos | destPos | length) >= 0
                && srcPos <= MokaRuntime.arrayLength(src) - length && destPos <= MokaRuntime.arrayLength(dest) - length) {
            MokaRuntime.copyReferences(src, srcPos, dest, destPos, length);
            return;
        }
        checkedArraycopy(src, srcPos, dest, destPos, length);
    }

    /** arraycopy for object arrays, and for every case that throws, with the JVM's messages. */
    private static void checkedArraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        String srcType = arrayTypeName(src);
        if (srcType == null) {
            throw new ArrayStoreException("arraycopy: source type " + MokaRuntime.className(src) + " is not an array");
        }
        if (arrayTypeName(dest) == null) {
            throw new ArrayStoreException("arraycopy: destination type " + MokaRuntime.className(dest)
                    + " is not an array");
        }
        if (!srcType.equals(OBJECT_ARRAY)) {
            // Primitive arrays: the same element type on both sides, then one overlap-safe memory move.
            if (!srcType.equals(arrayTypeName(dest))) {
                throw typeMismatch(srcType, dest);
            }
            checkBounds(srcPos, MokaRuntime.arrayLength(src), destPos, MokaRuntime.arrayLength(dest), length,
                    srcType.substring(0, srcType.length() - 2));
            MokaRuntime.copyPrimitives(src, srcPos, dest, destPos, length);
            return;
        }
        if (!(dest instanceof Object[])) {
            throw typeMismatch(OBJECT_ARRAY, dest);
        }
        Object[] s = (Object[]) src;
        Object[] d = (Object[]) dest;
        checkBounds(srcPos, s.length, destPos, d.length, length, "object array");
        if (s == d && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                d[destPos + i] = s[srcPos + i];
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            Object e = s[srcPos + i];
            if (e != null && !MokaRuntime.isStorable(d, e)) {
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + javaArrayName(s) + " to the type of the destination array, " + elementName(d));
            }
            d[destPos + i] = e;
        }
    }

    private static ArrayStoreException typeMismatch(String srcType, Object dest) {
        return new ArrayStoreException("arraycopy: type mismatch: can not copy " + srcType + " into "
                + arrayTypeName(dest));
    }

    private static void checkBounds(int srcPos, int srcLength, int destPos, int destLength, int length, String type) {
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for "
                    + type + "[" + srcLength + "]");
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos + " out of bounds for "
                    + type + "[" + destLength + "]");
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if (srcPos + length > srcLength || srcPos + length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (srcPos + (long) length)
                    + " out of bounds for " + type + "[" + srcLength + "]");
        }
        if (destPos + length > destLength || destPos + length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + (destPos + (long) length)
                    + " out of bounds for " + type + "[" + destLength + "]");
        }
    }

    /** The JVM's arraycopy name of an array's type ("int[]", "object array[]"), or null for a non-array. */
    private static String arrayTypeName(Object array) {
        if (array instanceof int[]) {
            return "int[]";
        }
        if (array instanceof long[]) {
            return "long[]";
        }
        if (array instanceof char[]) {
            return "char[]";
        }
        if (array instanceof byte[]) {
            return "byte[]";
        }
        if (array instanceof short[]) {
            return "short[]";
        }
        if (array instanceof boolean[]) {
            return "boolean[]";
        }
        if (array instanceof float[]) {
            return "float[]";
        }
        if (array instanceof double[]) {
            return "double[]";
        }
        if (array instanceof Object[]) {
            return OBJECT_ARRAY;
        }
        return null;
    }

    /** "[Ljava.lang.String;" as "java.lang.String[]". */
    private static String javaArrayName(Object[] array) {
        return elementName(array) + "[]";
    }

    private static String elementName(Object[] array) {
        String name = MokaRuntime.className(array);
        if (name.startsWith("[L")) {
            return name.substring(2, name.length() - 1);
        }
        return name;
    }
}
