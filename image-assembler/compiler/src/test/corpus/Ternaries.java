public class Ternaries {
    static String sign(int v) { return v > 0 ? "pos" : v < 0 ? "neg" : "zero"; }
    static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
    public static void main(String[] args) {
        for (int v = -2; v <= 2; v++) System.out.println(v + " " + sign(v) + " " + clamp(v * 10, -15, 15));
        boolean t = true, f = false;
        System.out.println((t ? 1 : 2) + " " + (f ? 'a' : 'b') + " " + (t && f ? "both" : t || f ? "one" : "none"));
        long l = t ? 1L << 40 : 3;
        System.out.println(l);
        int x = 5;
        int y = x > 3 ? x < 10 ? x * 2 : x * 3 : -x;
        System.out.println(y);
        char c = true ? 'x' : 0;
        System.out.println(c);
        Object o = f ? "str" : null;
        System.out.println(o == null ? "null!" : "nonnull");
        String s = null;
        System.out.println("s=" + (s != null ? s : "(none)"));
        int cnt = 0;
        for (int i = 0; i < 20; i++) cnt += (i % 3 == 0) ? (i % 5 == 0 ? 100 : 1) : 0;
        System.out.println(cnt);
        System.out.println(!t + " " + (t ^ f) + " " + (t & f) + " " + (t | f) + " " + (f == f) + " " + (t != f));
        int side = 0;
        if (f && (++side > 0)) System.out.println("no");
        if (t || (++side > 0)) System.out.println("short-circuit side=" + side);
        if (f & (++side > 0)) System.out.println("no");
        System.out.println("side=" + side);
    }
}
