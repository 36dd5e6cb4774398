public class RegisterPressure {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }
    public static void main(String[] args) {
        int a = id(1), b = id(2), c = id(3), d = id(4), e = id(5), f = id(6), g = id(7), h = id(8), i = id(9), j = id(10), k = id(11), l = id(12), m = id(13), n = id(14), o = id(15), p = id(16);
        long la = lid(1L << 40), lb = lid(-3), lc = lid(77), ld = lid(Long.MIN_VALUE);
        for (int r = 0; r < 5; r++) {
            int t = a; a = b + id(c); b = c ^ d; c = d * e; d = e - f; e = f + g; f = g * h; g = h - i; h = i + j; i = j ^ k; j = k + l; k = l * m; l = m - n; m = n + o; n = o ^ p; o = p + t; p = t * 3 + id(r);
            la = la * 31 + lb; lb = lb ^ lc; lc = lc + ld; ld = lid(ld >>> 1) + la;
            System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + i + " " + j + " " + k + " " + l + " " + m + " " + n + " " + o + " " + p + " | " + la + " " + lb + " " + lc + " " + ld);
        }
        int sum = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p;
        System.out.println("sum " + sum + " " + (la ^ lb ^ lc ^ ld));
    }
}
