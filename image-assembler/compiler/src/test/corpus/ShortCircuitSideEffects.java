public class ShortCircuitSideEffects {
    static int[] counter = new int[1];
    static boolean tick(boolean r) { counter[0]++; return r; }
    public static void main(String[] args) {
        int a = 0, b = 0;
        if (a++ > 0 && b++ > 0) System.out.println("no");
        System.out.println(a + " " + b);
        if (a++ > 0 || b++ > 0) System.out.println("yes " + a + " " + b);
        int[] arr = null;
        if (arr != null && arr.length > 0) System.out.println("no"); else System.out.println("guarded null");
        String s = null;
        System.out.println(s == null || s.isEmpty());
        int i = 0; while (i < 10 && tick(i != 7)) i++; System.out.println(i + " ticks " + counter[0]);
        boolean r = tick(false) ? tick(true) : tick(false) || tick(true); System.out.println(r + " ticks " + counter[0]);
        int x = 5; boolean ok = (x > 3) == (x < 10) && !(x == 5 ^ true); System.out.println(ok);
        int y = 10; int z = (y > 5 && (y = 3) > 0) ? y : -1; System.out.println(y + " " + z);
    }
}
