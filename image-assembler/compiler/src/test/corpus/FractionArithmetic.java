public class FractionArithmetic {
    static final class Frac {
        final long n, d;
        Frac(long n, long d) { if (d < 0) { n = -n; d = -d; } long g = gcd(Math.abs(n), d); this.n = g == 0 ? 0 : n / g; this.d = g == 0 ? 1 : d / g; }
        static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a; }
        Frac add(Frac o) { return new Frac(n * o.d + o.n * d, d * o.d); }
        Frac sub(Frac o) { return new Frac(n * o.d - o.n * d, d * o.d); }
        Frac mul(Frac o) { return new Frac(n * o.n, d * o.d); }
        Frac div(Frac o) { return new Frac(n * o.d, d * o.n); }
        int compareTo(Frac o) { long x = n * o.d, y = o.n * d; return x < y ? -1 : x > y ? 1 : 0; }
        public String toString() { return d == 1 ? String.valueOf(n) : n + "/" + d; }
    }
    public static void main(String[] args) {
        Frac h = new Frac(0, 1);
        for (int i = 1; i <= 20; i++) { h = h.add(new Frac(1, i)); if (i % 5 == 0) System.out.println("H(" + i + ") = " + h); }
        Frac a = new Frac(3, -4), b = new Frac(-6, 8);
        System.out.println(a + " " + b + " " + a.sub(b) + " " + a.mul(b) + " " + a.div(new Frac(1, 2)) + " " + a.compareTo(new Frac(1, 3)));
        Frac e = new Frac(1, 1), term = new Frac(1, 1);
        for (int k = 1; k < 15; k++) { term = term.div(new Frac(k, 1)); e = e.add(term); }
        System.out.println("e ~ " + e + " -> " + e.n * 1000000 / e.d);
    }
}
