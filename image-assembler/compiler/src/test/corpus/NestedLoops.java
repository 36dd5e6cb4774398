public class NestedLoops {
    public static void main(String[] args) {
        for (int i = 1; i <= 9; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 1; j <= i; j++) { sb.append(i * j); if (j < i) sb.append(' '); }
            System.out.println(sb);
        }
        int count = 0;
        for (int a = 1; a < 30; a++) for (int b = a; b < 30; b++) for (int c = b; c < 30; c++) if (a * a + b * b == c * c) { count++; System.out.println(a + "," + b + "," + c); }
        System.out.println("triples " + count);
        int i = 0, sum = 0;
        while (i < 100) { int j = i; while (j > 0) { sum += j & 3; j >>= 2; } i += 7; }
        System.out.println("sum " + sum);
        int primes = 0;
        for (int n = 2; n < 200; n++) { boolean p = true; for (int d = 2; d * d <= n; d++) if (n % d == 0) { p = false; break; } if (p) primes++; }
        System.out.println("primes " + primes);
        for (int x = 10, y = 0; x > y; x -= 2, y++) System.out.println("x=" + x + " y=" + y);
        long acc = 0; for (long k = 1; k < 1L << 40; k <<= 3) acc += k; System.out.println(acc);
    }
}
