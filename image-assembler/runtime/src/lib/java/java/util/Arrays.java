package java.util;

/**
 * Array helpers. {@code int[]} and {@code long[]} sort by introsort ({@link PrimitiveSorts}), the
 * other primitive arrays by heap sort (any correct order is the same order; floating-point values
 * in the order of {@code Double.compare}, see {@link FloatingArrays}); object sorts are stable merge
 * sorts, so equal elements keep their order as with the JVM's TimSort.
 */
public final class Arrays {
    private Arrays() {
    }

    static void rangeCheck(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    /** @param a sorted ascending */
    public static void sort(int[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(int[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        PrimitiveSorts.sort(a, from, to);
    }

    static void heapSort(int[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int i, int n) {
        int x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(int[] a, int key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a sorted ascending */
    public static void sort(long[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(long[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        PrimitiveSorts.sort(a, from, to);
    }

    static void heapSort(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            long top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        long x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(long[] a, long key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a sorted ascending */
    public static void sort(char[] a) {
        heapSort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(char[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        heapSort(a, from, to);
    }

    private static void heapSort(char[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            char top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(char[] a, int base, int i, int n) {
        char x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(char[] a, char key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a sorted ascending */
    public static void sort(byte[] a) {
        heapSort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(byte[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        heapSort(a, from, to);
    }

    private static void heapSort(byte[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            byte top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(byte[] a, int base, int i, int n) {
        byte x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(byte[] a, byte key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a sorted ascending */
    public static void sort(short[] a) {
        heapSort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(short[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        heapSort(a, from, to);
    }

    private static void heapSort(short[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            short top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(short[] a, int base, int i, int n) {
        short x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(short[] a, short key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a array @param value stored in every element */
    public static void fill(int[] a, int value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(int[] a, int from, int to, int value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(int[] a, int[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            h = 31 * h + e;
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(long[] a, long value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(long[] a, int from, int to, long value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(long[] a, long[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            h = 31 * h + Long.hashCode(e);
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(char[] a, char value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(char[] a, int from, int to, char value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(char[] a, char[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            h = 31 * h + e;
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(byte[] a, byte value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(byte[] a, int from, int to, byte value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(byte[] a, byte[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            h = 31 * h + e;
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(short[] a, short value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(short[] a, int from, int to, short value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(short[] a, short[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(short[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            h = 31 * h + e;
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(boolean[] a, boolean value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(boolean[] a, int from, int to, boolean value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(boolean[] a, boolean[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            h = 31 * h + Boolean.hashCode(e);
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a array @param value stored in every element */
    public static void fill(Object[] a, Object value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(Object[] a, int from, int to, Object value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array, may be null @param b an array, may be null @return whether they hold equal elements */
    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** @param a an array, may be null @return the List-style hash of its elements, 0 for null */
    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            h = 31 * h + Objects.hashCode(e);
        }
        return h;
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** @param original copied @param newLength length of the copy (null-padded) @param <T> element type @return the copy */
    public static <T> T[] copyOf(T[] original, int newLength) {
        T[] copy = MokaArrays.newArrayLike(original, newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last @param <T> element type @return the copy */
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = MokaArrays.newArrayLike(original, newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a sorted by natural order, stably */
    public static void sort(Object[] a) {
        mergeSort(a, 0, a.length, null);
    }

    /** @param a array @param from first index @param to index after the last */
    public static void sort(Object[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        mergeSort(a, from, to, null);
    }

    /** @param a sorted stably @param c the order, null for natural order @param <T> element type */
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        mergeSort(a, 0, a.length, c);
    }

    /** @param a array @param from first index @param to index after the last @param c the order @param <T> element type */
    public static <T> void sort(T[] a, int from, int to, Comparator<? super T> c) {
        rangeCheck(a.length, from, to);
        mergeSort(a, from, to, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y, Comparator c) {
        return c == null ? ((Comparable) x).compareTo(y) : c.compare(x, y);
    }

    /** Bottom-up merge sort: insertion-sorted runs of 16, then merges that prefer the left run on ties. */
    @SuppressWarnings("rawtypes")
    private static void mergeSort(Object[] a, int from, int to, Comparator c) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        for (int start = from; start < to; start += 16) {
            int end = Math.min(start + 16, to);
            for (int i = start + 1; i < end; i++) {
                Object x = a[i];
                int j = i - 1;
                while (j >= start && compare(a[j], x, c) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        Object[] buffer = new Object[n];
        for (int width = 16; width < n; width *= 2) {
            for (int left = from; left < to - width; left += 2 * width) {
                int mid = left + width;
                int right = Math.min(left + 2 * width, to);
                if (compare(a[mid - 1], a[mid], c) <= 0) {
                    continue;
                }
                int i = left;
                int j = mid;
                int k = 0;
                while (i < mid && j < right) {
                    buffer[k++] = compare(a[j], a[i], c) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    buffer[k++] = a[i++];
                }
                while (j < right) {
                    buffer[k++] = a[j++];
                }
                for (int m = 0; m < k; m++) {
                    a[left + m] = buffer[m];
                }
            }
        }
    }

    /** @param a sorted array @param key sought @param c the order, null for natural @param <T> element type @return its index, or -(insertion point) - 1 */
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = compare(a[mid], key, c);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(Object[] a, Object key) {
        return binarySearch(a, key, null);
    }

    /** @param a elements; the list writes through to this array @param <T> element type @return a fixed-size list view */
    @SuppressWarnings("unchecked")
    public static <T> List<T> asList(T... a) {
        return new ArrayView<T>(a);
    }

    /** The fixed-size list of asList. */
    private static final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
        private final E[] a;

        ArrayView(E[] array) {
            a = Objects.requireNonNull(array);
        }

        @Override
        public int size() {
            return a.length;
        }

        @Override
        public E get(int index) {
            return a[index];
        }

        @Override
        public E set(int index, E element) {
            E old = a[index];
            a[index] = element;
            return old;
        }

        @Override
        public Object[] toArray() {
            Object[] copy = new Object[a.length];
            System.arraycopy(a, 0, copy, 0, a.length);
            return copy;
        }

        @Override
        public int indexOf(Object o) {
            for (int i = 0; i < a.length; i++) {
                if (Objects.equals(o, a[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }
    }

    /** @param a an array, may be null; nested arrays are printed by contents @return its string */
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        deepToString(a, sb, new ArrayList<Object[]>());
        return sb.toString();
    }

    private static void deepToString(Object[] a, StringBuilder sb, List<Object[]> seen) {
        if (a.length == 0) {
            sb.append("[]");
            return;
        }
        seen.add(a);
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            Object e = a[i];
            if (e instanceof Object[]) {
                boolean cycle = false;
                for (int k = 0; k < seen.size(); k++) {
                    cycle |= seen.get(k) == e;
                }
                if (cycle) {
                    sb.append("[...]");
                } else {
                    deepToString((Object[]) e, sb, seen);
                }
            } else {
                sb.append(primitiveArrayToString(e));
            }
        }
        sb.append(']');
        seen.remove(seen.size() - 1);
    }

    private static String primitiveArrayToString(Object e) {
        if (e instanceof int[]) {
            return toString((int[]) e);
        }
        if (e instanceof long[]) {
            return toString((long[]) e);
        }
        if (e instanceof char[]) {
            return toString((char[]) e);
        }
        if (e instanceof byte[]) {
            return toString((byte[]) e);
        }
        if (e instanceof short[]) {
            return toString((short[]) e);
        }
        if (e instanceof boolean[]) {
            return toString((boolean[]) e);
        }
        return String.valueOf(e);
    }

    /** @param a an array, may be null @param b an array, may be null @return equality, nested arrays by contents */
    public static boolean deepEquals(Object[] a, Object[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x != y && (x == null || y == null || !deepEquals0(x, y))) {
                return false;
            }
        }
        return true;
    }

    static boolean deepEquals0(Object x, Object y) {
        if (x instanceof Object[] && y instanceof Object[]) {
            return deepEquals((Object[]) x, (Object[]) y);
        }
        if (x instanceof int[] && y instanceof int[]) {
            return equals((int[]) x, (int[]) y);
        }
        if (x instanceof long[] && y instanceof long[]) {
            return equals((long[]) x, (long[]) y);
        }
        if (x instanceof char[] && y instanceof char[]) {
            return equals((char[]) x, (char[]) y);
        }
        if (x instanceof byte[] && y instanceof byte[]) {
            return equals((byte[]) x, (byte[]) y);
        }
        if (x instanceof short[] && y instanceof short[]) {
            return equals((short[]) x, (short[]) y);
        }
        if (x instanceof boolean[] && y instanceof boolean[]) {
            return equals((boolean[]) x, (boolean[]) y);
        }
        return x.equals(y);
    }

    /** @param a sorted ascending by {@code Double.compare}: -0.0 before 0.0, NaN last */
    public static void sort(double[] a) {
        FloatingArrays.sort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(double[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        FloatingArrays.sort(a, from, to);
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(double[] a, double key) {
        return FloatingArrays.binarySearch(a, 0, a.length, key);
    }

    /** @param a sorted range @param from first index @param to index after the last @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(double[] a, int from, int to, double key) {
        rangeCheck(a.length, from, to);
        return FloatingArrays.binarySearch(a, from, to, key);
    }

    /** @param a array @param value stored in every element */
    public static void fill(double[] a, double value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(double[] a, int from, int to, double value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array @param b an array @return whether both are null or hold the same values (by bit pattern, NaN equal to NaN) */
    public static boolean equals(double[] a, double[] b) {
        return FloatingArrays.equals(a, b);
    }

    /** @param a an array, may be null @return the hash code {@code List.hashCode} would give its boxed values */
    public static int hashCode(double[] a) {
        return FloatingArrays.hashCode(a);
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(double[] a) {
        return FloatingArrays.toString(a);
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** @param a sorted ascending by {@code Float.compare}: -0.0 before 0.0, NaN last */
    public static void sort(float[] a) {
        FloatingArrays.sort(a, 0, a.length);
    }

    /** @param a array @param from first index sorted @param to index after the last */
    public static void sort(float[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        FloatingArrays.sort(a, from, to);
    }

    /** @param a sorted array @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(float[] a, float key) {
        return FloatingArrays.binarySearch(a, 0, a.length, key);
    }

    /** @param a sorted range @param from first index @param to index after the last @param key sought @return its index, or -(insertion point) - 1 */
    public static int binarySearch(float[] a, int from, int to, float key) {
        rangeCheck(a.length, from, to);
        return FloatingArrays.binarySearch(a, from, to, key);
    }

    /** @param a array @param value stored in every element */
    public static void fill(float[] a, float value) {
        for (int i = 0; i < a.length; i++) {
            a[i] = value;
        }
    }

    /** @param a array @param from first index @param to index after the last @param value stored there */
    public static void fill(float[] a, int from, int to, float value) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    /** @param a an array @param b an array @return whether both are null or hold the same values (by bit pattern, NaN equal to NaN) */
    public static boolean equals(float[] a, float[] b) {
        return FloatingArrays.equals(a, b);
    }

    /** @param a an array, may be null @return the hash code {@code List.hashCode} would give its boxed values */
    public static int hashCode(float[] a) {
        return FloatingArrays.hashCode(a);
    }

    /** @param a an array, may be null @return "[a, b]", or "null" */
    public static String toString(float[] a) {
        return FloatingArrays.toString(a);
    }

    /** @param original copied @param newLength length of the copy (zero-padded) @return the copy */
    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** @param original source @param from first index @param to index after the last (may pass the end) @return the copy */
    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

}
