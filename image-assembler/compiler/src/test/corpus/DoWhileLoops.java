public class DoWhileLoops {
    static int digits(long v) { int d = 0; do { d++; v /= 10; } while (v != 0); return d; }
    public static void main(String[] args) {
        long[] vs = { 0, 9, 10, 99, 12345, -7, Long.MAX_VALUE, Long.MIN_VALUE };
        for (long v : vs) System.out.println(v + " has " + digits(v) + " digits");
        int i = 100;
        do { System.out.println("once " + i); } while (i < 50);
        int n = 27, steps = 0;
        do { n = (n % 2 == 0) ? n / 2 : 3 * n + 1; steps++; } while (n != 1);
        System.out.println("collatz 27 steps " + steps);
        int a = 1071, b = 462;
        do { int t = a % b; a = b; b = t; } while (b != 0);
        System.out.println("gcd " + a);
        StringBuilder sb = new StringBuilder();
        int x = 0xCAFE;
        do { sb.append((char) ('0' + (x & 7))); x >>>= 3; } while (x != 0);
        System.out.println("octal reversed " + sb);
    }
}
