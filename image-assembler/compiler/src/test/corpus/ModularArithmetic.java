public class ModularArithmetic {
    static long mulmod(long a, long b, long m) { long r = 0; a %= m; while (b > 0) { if ((b & 1) == 1) { r += a; if (r >= m) r -= m; } a <<= 1; if (a >= m) a -= m; b >>= 1; } return r; }
    static long powmod(long b, long e, long m) { long r = 1; b %= m; while (e > 0) { if ((e & 1) == 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; } return r; }
    static boolean millerRabin(long n) { if (n < 2) return false; for (long p : new long[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 }) { if (n % p == 0) return n == p; } long d = n - 1; int s = 0; while ((d & 1) == 0) { d >>= 1; s++; } for (long a : new long[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 }) { long x = powmod(a, d, n); if (x == 1 || x == n - 1) continue; boolean comp = true; for (int r = 1; r < s; r++) { x = mulmod(x, x, n); if (x == n - 1) { comp = false; break; } } if (comp) return false; } return true; }
    static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return Math.abs(a); }
    static long[] egcd(long a, long b) { if (b == 0) return new long[] { a, 1, 0 }; long[] r = egcd(b, a % b); return new long[] { r[0], r[2], r[1] - (a / b) * r[2] }; }
    public static void main(String[] args) {
        System.out.println(powmod(2, 1000000, 1000000007L) + " " + powmod(3, Long.MAX_VALUE, 998244353L));
        long[] cands = { 1, 2, 97, 561, 1000000007L, 1000000007L * 3, 2305843009213693951L, 4611686018427387903L, 9223372036854775783L };
        for (long c : cands) System.out.println(c + " prime? " + millerRabin(c));
        System.out.println(gcd(-48, 18) + " " + gcd(Long.MAX_VALUE, 7 * 73 * 127) + " " + gcd(0, 5));
        long[] e = egcd(240, 46); System.out.println(e[0] + " " + e[1] + " " + e[2] + " check " + (240 * e[1] + 46 * e[2]));
        System.out.println(Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3));
    }
}
