public class BinarySearchVariants {
    static int lowerBound(int[] a, int key) { int lo = 0, hi = a.length; while (lo < hi) { int mid = (lo + hi) >>> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; } return lo; }
    static int upperBound(int[] a, int key) { int lo = 0, hi = a.length; while (lo < hi) { int mid = (lo + hi) >>> 1; if (a[mid] <= key) lo = mid + 1; else hi = mid; } return lo; }
    static int exact(int[] a, int key) { int lo = 0, hi = a.length - 1; while (lo <= hi) { int mid = lo + (hi - lo) / 2; if (a[mid] == key) return mid; if (a[mid] < key) lo = mid + 1; else hi = mid - 1; } return -(lo + 1); }
    static long isqrt(long n) { long lo = 0, hi = 3037000499L; while (lo < hi) { long mid = (lo + hi + 1) >>> 1; if (mid * mid <= n) lo = mid; else hi = mid - 1; } return lo; }
    public static void main(String[] args) {
        int[] a = { -5, -5, 0, 2, 2, 2, 7, 9, 9, 15 };
        for (int k = -6; k <= 16; k += 3) System.out.println(k + ": lb=" + lowerBound(a, k) + " ub=" + upperBound(a, k) + " exact=" + exact(a, k));
        System.out.println("count of 2: " + (upperBound(a, 2) - lowerBound(a, 2)) + " exact 9 " + exact(a, 9));
        long[] ns = { 0, 1, 15, 16, 17, 999999999999L, Long.MAX_VALUE };
        for (long n : ns) System.out.println("isqrt(" + n + ")=" + isqrt(n));
    }
}
