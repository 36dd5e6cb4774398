package java.util;

/**
 * The {@code double[]} and {@code float[]} algorithms behind {@link Arrays}: sorting in the order of
 * {@code Double.compare} and {@code Float.compare} (so -0.0 comes before 0.0 and NaN last, as the
 * JDK's sort leaves them), searching, equality and hash codes by bit pattern with NaN canonical, and
 * text as {@code String.valueOf} prints the values.
 */
final class FloatingArrays {
    private FloatingArrays() {
    }

    static void sort(double[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            double top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    /** Heap sort in the order of {@code Double.compare}: -0.0 before 0.0, NaN last, as the JDK sorts. */
    private static void siftDown(double[] a, int base, int i, int n) {
        double x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && Double.compare(a[base + child + 1], a[base + child]) > 0) {
                child++;
            }
            if (Double.compare(a[base + child], x) <= 0) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    static int binarySearch(double[] a, int from, int to, double key) {
        int low = from;
        int high = to - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                long midBits = Double.doubleToLongBits(midVal);
                long keyBits = Double.doubleToLongBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    static boolean equals(double[] a, double[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (double e : a) {
            long bits = Double.doubleToLongBits(e);
            h = 31 * h + (int) (bits ^ (bits >>> 32));
        }
        return h;
    }

    static String toString(double[] a) {
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

    static void sort(float[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            float top = a[from];
            a[from] = a[from + end];
            a[from + end] = top;
            siftDown(a, from, 0, end);
        }
    }

    /** Heap sort in the order of {@code Float.compare}: -0.0 before 0.0, NaN last, as the JDK sorts. */
    private static void siftDown(float[] a, int base, int i, int n) {
        float x = a[base + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && Float.compare(a[base + child + 1], a[base + child]) > 0) {
                child++;
            }
            if (Float.compare(a[base + child], x) <= 0) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    static int binarySearch(float[] a, int from, int to, float key) {
        int low = from;
        int high = to - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                int midBits = Float.floatToIntBits(midVal);
                int keyBits = Float.floatToIntBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    static boolean equals(float[] a, float[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    static int hashCode(float[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (float e : a) {
            h = 31 * h + Float.floatToIntBits(e);
        }
        return h;
    }

    static String toString(float[] a) {
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
}
