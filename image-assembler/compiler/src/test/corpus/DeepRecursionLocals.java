public class DeepRecursionLocals {
    static long walk(int n, long a, long b, int c) {
        if (n == 0) return a ^ b ^ c;
        long x = a * 6364136223846793005L + 1442695040888963407L;
        long y = b + (x >>> 33);
        int z = c * 31 + n;
        long r = walk(n - 1, x, y, z);
        return r + (x & 0xFF) - (y & 0xF) + z % 7;
    }
    static int sumDigitsRec(long v) { return v == 0 ? 0 : (int) (v % 10) + sumDigitsRec(v / 10); }
    static int count(int lo, int hi) { if (hi - lo <= 1) return hi - lo; int mid = (lo + hi) / 2; return count(lo, mid) + count(mid, hi); }
    public static void main(String[] args) {
        System.out.println(walk(10, 1, 2, 3));
        System.out.println(walk(3000, 7, 11, 13));
        System.out.println(sumDigitsRec(Long.MAX_VALUE) + " " + sumDigitsRec(-123456789L));
        System.out.println(count(0, 100000));
    }
}
