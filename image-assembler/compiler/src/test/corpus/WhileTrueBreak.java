public class WhileTrueBreak {
    static int firstRepeat(int[] seq) { int i = 0; while (true) { for (int j = 0; j < i; j++) if (seq[j] == seq[i]) return i; i++; if (i >= seq.length) return -1; } }
    public static void main(String[] args) {
        int n = 0, steps = 0;
        while (true) { n += 7; steps++; if (n % 13 == 0) break; }
        System.out.println(n + " " + steps);
        for (;;) { steps--; if (steps < 5) break; }
        System.out.println(steps);
        System.out.println(firstRepeat(new int[] { 3, 1, 4, 1, 5 }) + " " + firstRepeat(new int[] { 1, 2, 3 }));
        int x = 100; while (x-- > 0) if (x % 17 == 0 && x % 3 == 0) break; System.out.println(x);
        int sum = 0; int i = 0; while (i < 50) { i++; if (i % 2 == 0) continue; if (i > 40) break; sum += i; } System.out.println(sum);
        int a = 0; for (int k = Integer.MAX_VALUE - 3; k > 0; k++) a++; System.out.println("wrapped after " + a);
        long b = 0; for (long k = Long.MAX_VALUE - 2; k > 0; k++) b++; System.out.println("long wrapped after " + b);
        byte by = 120; int c = 0; while (by > 0) { by++; c++; } System.out.println("byte wrap " + c + " " + by);
    }
}
