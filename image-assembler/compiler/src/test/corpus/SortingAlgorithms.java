public class SortingAlgorithms {
    static int[] data(int n, int seed) { int[] a = new int[n]; for (int i = 0; i < n; i++) { seed = seed * 1664525 + 1013904223; a[i] = (seed >> 8) % 1000; } return a; }
    static long check(int[] a) { long h = 0; for (int i = 0; i < a.length; i++) { h = h * 31 + a[i]; if (i > 0 && a[i - 1] > a[i]) return -1; } return h; }
    static void insertion(int[] a) { for (int i = 1; i < a.length; i++) { int k = a[i], j = i - 1; while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
    static void quick(int[] a, int lo, int hi) { if (lo >= hi) return; int p = a[(lo + hi) >>> 1], i = lo, j = hi; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } } quick(a, lo, j); quick(a, i, hi); }
    static void merge(int[] a, int[] tmp, int lo, int hi) { if (hi - lo < 2) return; int mid = (lo + hi) >>> 1; merge(a, tmp, lo, mid); merge(a, tmp, mid, hi); int i = lo, j = mid, k = lo; while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++]; while (i < mid) tmp[k++] = a[i++]; while (j < hi) tmp[k++] = a[j++]; for (k = lo; k < hi; k++) a[k] = tmp[k]; }
    static void sift(int[] a, int i, int n) { while (true) { int l = 2 * i + 1, m = i; if (l < n && a[l] > a[m]) m = l; if (l + 1 < n && a[l + 1] > a[m]) m = l + 1; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; } }
    static void heap(int[] a) { for (int i = a.length / 2 - 1; i >= 0; i--) sift(a, i, a.length); for (int e = a.length - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); } }
    static void counting(int[] a) { int[] c = new int[1000 * 2]; for (int x : a) c[x + 1000]++; int k = 0; for (int v = 0; v < c.length; v++) while (c[v]-- > 0) a[k++] = v - 1000; }
    public static void main(String[] args) {
        int[] a = data(500, 1); insertion(a); System.out.println("insertion " + check(a) + " min " + a[0] + " max " + a[499]);
        int[] b = data(500, 1); quick(b, 0, b.length - 1); System.out.println("quick " + check(b));
        int[] c = data(500, 1); merge(c, new int[500], 0, 500); System.out.println("merge " + check(c));
        int[] d = data(500, 1); heap(d); System.out.println("heap " + check(d));
        int[] e = data(500, 1); counting(e); System.out.println("counting " + check(e));
        int[] big = data(20000, 99); quick(big, 0, big.length - 1); System.out.println("big " + check(big) + " median " + big[10000]);
    }
}
