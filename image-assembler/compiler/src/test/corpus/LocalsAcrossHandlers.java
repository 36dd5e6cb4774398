public class LocalsAcrossHandlers {
    static int boom(int x) { if (x % 4 == 3) throw new IllegalStateException("x=" + x); return x * 2; }
    static long compute(int n) {
        long acc = 1; int i = 0; int last = -1; String tag = "start";
        try {
            for (i = 0; i < n; i++) { acc = acc * 3 + boom(i); last = i; tag = "t" + i; }
            tag = "done";
        } catch (IllegalStateException e) {
            acc += 1000000 + i * 10 + last;
            tag = tag + "/" + e.getMessage();
        } finally {
            acc ^= tag.hashCode();
        }
        System.out.println("n=" + n + " i=" + i + " last=" + last + " tag=" + tag);
        return acc;
    }
    static int retry() {
        int attempts = 0, value = 0;
        while (true) {
            try { attempts++; value += 7; if (attempts < 4) throw new RuntimeException("fail " + attempts); return value * 100 + attempts; }
            catch (RuntimeException e) { value -= 2; System.out.println(e.getMessage() + " value " + value); }
        }
    }
    public static void main(String[] args) {
        for (int n = 0; n < 6; n++) System.out.println(compute(n));
        System.out.println(retry());
        long a = 5, b = 7, c = 11, d = 13, e = 17, f = 19;
        try { a *= b; b *= c; c *= d; if (a > 0) throw new ArithmeticException("x"); d *= e; }
        catch (ArithmeticException ex) { e *= a + b + c + d; f = e - f; }
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f);
    }
}
