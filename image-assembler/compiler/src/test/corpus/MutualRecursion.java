public class MutualRecursion {
    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }
    static int hofF(int n) { return n == 0 ? 1 : n - hofM(hofF(n - 1)); }
    static int hofM(int n) { return n == 0 ? 0 : n - hofF(hofM(n - 1)); }
    static long ackermann(long m, long n) { if (m == 0) return n + 1; if (n == 0) return ackermann(m - 1, 1); return ackermann(m - 1, ackermann(m, n - 1)); }
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static void hanoi(int n, char from, char to, char via, StringBuilder sb) { if (n == 0) return; hanoi(n - 1, from, via, to, sb); sb.append(from).append(to).append(' '); hanoi(n - 1, via, to, from, sb); }
    public static void main(String[] args) {
        for (int i = 0; i < 8; i++) System.out.println(i + " even=" + isEven(i) + " odd=" + isOdd(i));
        System.out.println(isEven(5001));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(hofF(i)).append(',').append(hofM(i)).append(' ');
        System.out.println(sb);
        System.out.println("ack(2,3)=" + ackermann(2, 3) + " ack(3,3)=" + ackermann(3, 3));
        System.out.println("depth " + depth(10000));
        System.out.println("fib30 " + fib(30));
        System.out.println("gcd " + gcd(1234567890, 987654321));
        StringBuilder h = new StringBuilder(); hanoi(4, 'A', 'C', 'B', h); System.out.println(h);
    }
}
