// Calls whose arguments are the caller's own parameters in another order (registers that swap or
// rotate), the same value twice, more integer and floating-point arguments than registers, and
// mixes of both, so that argument passing must move values in parallel.
public class ArgumentShuffles {
    static int swap(int a, int b) {
        return a * 10 + b;
    }

    static int rotate(int a, int b, int c, int depth) {
        if (depth == 0) {
            return a * 100 + b * 10 + c;
        }
        return rotate(c, a, b, depth - 1) + rotate(b, c, a, depth - 1) * 1000;
    }

    static long many(int a, long b, int c, long d, int e, long f, int g, long h, int i) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9L * i;
    }

    static double doubles(double a, double b, double c, double d, double e, double f, double g, double h,
                          double i, double j) {
        return a - b + c * d - e / f + g - h * i + j;
    }

    static String mixed(String s, double x, int n, float y, Object o, long m, double z, char c) {
        return s + ":" + x + ":" + n + ":" + y + ":" + o + ":" + m + ":" + z + ":" + c;
    }

    static int reversed(int a, int b, int c, int d, int e, int f) {
        if (a > f) {
            return a - f + b * c - d * e;
        }
        return reversed(f, e, d, c, b, a);
    }

    static double crossed(double x, double y, int n) {
        return n == 0 ? x / y : crossed(y, x, n - 1) + crossed(x + 1, y, n - 1);
    }

    public static void main(String[] args) {
        int p = args.length + 3;
        int q = args.length + 7;
        System.out.println(swap(p, q) + " " + swap(q, p) + " " + swap(p, p));
        System.out.println(rotate(1, 2, 3, 4));
        System.out.println(many(1, 2L, 3, 4L, 5, 6L, 7, 8L, 9) + " " + many(q, p, q, p, q, p, q, p, q));
        System.out.println(doubles(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) + " " + doubles(10, 9, 8, 7, 6, 5, 4, 3, 2, 1));
        System.out.println(mixed("s", 1.5, p, 2.5f, "o", 1L << 40, -0.0, 'c'));
        System.out.println(reversed(1, 2, 3, 4, 5, 6) + " " + reversed(6, 5, 4, 3, 2, 1));
        System.out.println(crossed(1.0, 3.0, 5));
    }
}
