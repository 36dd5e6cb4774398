public class SwitchDense {
    static int f(int x) {
        switch (x) {
            case 10: return 1; case 11: return 2; case 12: return 3; case 13: return 5; case 14: return 8; case 15: return 13;
            case 16: return 21; case 17: return 34; case 19: return 55; case 20: return 89; case 22: return 144;
            default: return -x;
        }
    }
    static String g(long key) {
        switch ((int) (key % 8)) { case -7: case 7: return "seven"; case -3: return "minus three"; case 0: return "zero"; case 4: return "four"; default: return "d" + key % 8; }
    }
    static int h(char c) { switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return 1; case 'y': return 2; case ' ': return 0; default: return 3; } }
    static int yields(int n) { return switch (n % 4) { case 0 -> n; case 1 -> { int t = n * 2; yield t + 1; } case 2 -> -n; default -> { if (n > 10) yield 100; yield 0; } }; }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder(); for (int x = 8; x < 25; x++) sb.append(f(x)).append(' '); System.out.println(sb);
        for (long k = -9; k < 10; k += 2) System.out.print(g(k) + ","); System.out.println();
        String s = "you are an idiot sandwich"; int[] cnt = new int[4]; for (int i = 0; i < s.length(); i++) cnt[h(s.charAt(i))]++; System.out.println(cnt[0] + " " + cnt[1] + " " + cnt[2] + " " + cnt[3]);
        for (int n = 0; n < 16; n++) System.out.print(yields(n) + " "); System.out.println();
    }
}
