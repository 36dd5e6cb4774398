public class PriorityHeap {
    static final class MinHeap {
        private long[] a = new long[4]; private int n;
        void push(long v) { if (n == a.length) { long[] b = new long[n * 2]; System.arraycopy(a, 0, b, 0, n); a = b; } a[n] = v; int i = n++; while (i > 0 && a[(i - 1) / 2] > a[i]) { long t = a[i]; a[i] = a[(i - 1) / 2]; a[(i - 1) / 2] = t; i = (i - 1) / 2; } }
        long pop() { long top = a[0]; a[0] = a[--n]; int i = 0; while (true) { int l = 2 * i + 1, s = i; if (l < n && a[l] < a[s]) s = l; if (l + 1 < n && a[l + 1] < a[s]) s = l + 1; if (s == i) break; long t = a[i]; a[i] = a[s]; a[s] = t; i = s; } return top; }
        boolean isEmpty() { return n == 0; }
    }
    public static void main(String[] args) {
        MinHeap h = new MinHeap();
        long seed = 2024;
        for (int i = 0; i < 50; i++) { seed = seed * 6364136223846793005L + 1; h.push((seed >>> 40) - 8000000); }
        StringBuilder sb = new StringBuilder(); long prev = Long.MIN_VALUE; boolean sorted = true; int k = 0;
        while (!h.isEmpty()) { long v = h.pop(); if (v < prev) sorted = false; prev = v; if (k++ % 7 == 0) sb.append(v).append(' '); }
        System.out.println(sb); System.out.println("sorted " + sorted);
        MinHeap ugly = new MinHeap(); ugly.push(1); long last = 0; int count = 0;
        while (count < 100) { long v = ugly.pop(); if (v == last) continue; last = v; count++; ugly.push(v * 2); ugly.push(v * 3); ugly.push(v * 5); }
        System.out.println("100th ugly " + last);
    }
}
