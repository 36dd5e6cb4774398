public class MatrixMultiply {
    static long[] mul(long[] a, long[] b, int n, long mod) { long[] c = new long[n * n]; for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) { long aik = a[i * n + k]; if (aik == 0) continue; for (int j = 0; j < n; j++) c[i * n + j] = (c[i * n + j] + aik * b[k * n + j]) % mod; } return c; }
    static long[] pow(long[] m, int n, long e, long mod) { long[] r = new long[n * n]; for (int i = 0; i < n; i++) r[i * n + i] = 1; while (e > 0) { if ((e & 1) == 1) r = mul(r, m, n, mod); m = mul(m, m, n, mod); e >>= 1; } return r; }
    public static void main(String[] args) {
        long[] fib = { 1, 1, 1, 0 };
        long mod = 1_000_000_007L;
        for (long e : new long[] { 1, 10, 50, 90, 1000, 1000000000000L }) System.out.println("F(" + e + ") mod p = " + pow(fib, 2, e, mod)[1]);
        int n = 6; int[] a = new int[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i * n + j] = (i + 1) * (j - 2) ^ (i * j);
        int[] t = new int[n * n]; for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) t[j * n + i] = a[i * n + j];
        int[] p = new int[n * n]; for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { int s = 0; for (int k = 0; k < n; k++) s += a[i * n + k] * t[k * n + j]; p[i * n + j] = s; }
        for (int i = 0; i < n; i++) { StringBuilder sb = new StringBuilder(); for (int j = 0; j < n; j++) sb.append(p[i * n + j]).append('\t'); System.out.println(sb); }
        int[][] jag = { { 1 }, { 2, 3 }, { 4, 5, 6 } }; int tr = 0; for (int i = 0; i < jag.length; i++) tr += jag[i][i]; System.out.println("jagged trace " + tr);
    }
}
