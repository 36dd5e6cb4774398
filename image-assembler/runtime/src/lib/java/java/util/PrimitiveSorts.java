package java.util;

/**
 * Introsort for {@code int[]} and {@code long[]}: quicksort with a median-of-three pivot, insertion
 * sort for short ranges, and the heap sort of {@link Arrays} when the partitioning goes deeper than
 * twice the range's logarithm, so the worst case stays O(n log n). Sorted primitives have only one
 * order, so the result is the JVM's whatever the algorithm; this one touches memory in order, where
 * a heap sort of a large array misses the cache on most of its steps.
 */
final class PrimitiveSorts {
    /** Ranges this short are insertion-sorted. */
    private static final int INSERTION_SORT_BELOW = 24;

    private PrimitiveSorts() {
    }

    static void sort(int[] a, int from, int to) {
        introSort(a, from, to, 2 * (31 - Integer.numberOfLeadingZeros(Math.max(to - from, 1))));
    }

    static void sort(long[] a, int from, int to) {
        introSort(a, from, to, 2 * (31 - Integer.numberOfLeadingZeros(Math.max(to - from, 1))));
    }

    private static void introSort(int[] a, int from, int to, int depth) {
        while (to - from > INSERTION_SORT_BELOW) {
            if (depth-- == 0) {
                Arrays.heapSort(a, from, to);
                return;
            }
            int x = a[from];
            int y = a[(from + to) >>> 1];
            int z = a[to - 1];
            int pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // The smaller side is sorted by recursion, the larger by the loop: the stack stays shallow.
            if (j + 1 - from < to - i) {
                introSort(a, from, j + 1, depth);
                from = i;
            } else {
                introSort(a, i, to, depth);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void introSort(long[] a, int from, int to, int depth) {
        while (to - from > INSERTION_SORT_BELOW) {
            if (depth-- == 0) {
                Arrays.heapSort(a, from, to);
                return;
            }
            long x = a[from];
            long y = a[(from + to) >>> 1];
            long z = a[to - 1];
            long pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (j + 1 - from < to - i) {
                introSort(a, from, j + 1, depth);
                from = i;
            } else {
                introSort(a, i, to, depth);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
