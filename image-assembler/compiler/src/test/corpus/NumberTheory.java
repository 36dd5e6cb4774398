public class NumberTheory {
    static long sigma(long n) { long s = 1; for (long d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d * d != n) s += n / d; } return n == 1 ? 0 : s; }
    static int totient(int n) { int r = n; for (int p = 2; p * p <= n; p++) if (n % p == 0) { while (n % p == 0) n /= p; r -= r / p; } if (n > 1) r -= r / n; return r; }
    static String factor(long n) { StringBuilder sb = new StringBuilder(); for (long p = 2; p * p <= n; p++) { int e = 0; while (n % p == 0) { n /= p; e++; } if (e > 0) sb.append(p).append(e > 1 ? "^" + e : "").append(' '); } if (n > 1) sb.append(n); return sb.toString().trim(); }
    public static void main(String[] args) {
        StringBuilder perfect = new StringBuilder(); for (long n = 2; n < 10000; n++) if (sigma(n) == n) perfect.append(n).append(' '); System.out.println("perfect " + perfect);
        StringBuilder amicable = new StringBuilder(); for (long a = 2; a < 3000; a++) { long b = sigma(a); if (b > a && sigma(b) == a) amicable.append(a).append('&').append(b).append(' '); } System.out.println("amicable " + amicable);
        StringBuilder phi = new StringBuilder(); for (int n = 1; n <= 20; n++) phi.append(totient(n)).append(' '); System.out.println("phi " + phi);
        long[] ns = { 360, 97, 1001, 600851475143L, 1L << 40, 999999000001L };
        for (long n : ns) System.out.println(n + " = " + factor(n));
    }
}
