public class AnonymousClasses {
    interface Op { int apply(int a, int b); }
    static abstract class Named { final String n; Named(String n) { this.n = n; } abstract String shout(); }
    static int fold(int[] xs, int init, Op op) { int acc = init; for (int x : xs) acc = op.apply(acc, x); return acc; }
    public static void main(String[] args) {
        int[] xs = { 3, 1, 4, 1, 5, 9, 2, 6 };
        Op add = new Op() { public int apply(int a, int b) { return a + b; } };
        Op max = new Op() { public int apply(int a, int b) { return a > b ? a : b; } };
        final int weight = 10;
        Op weighted = new Op() { int calls; public int apply(int a, int b) { calls++; return a * weight + b + calls; } };
        System.out.println(fold(xs, 0, add) + " " + fold(xs, Integer.MIN_VALUE, max) + " " + fold(xs, 0, weighted));
        Named n = new Named("bob") { String shout() { return n + "!"; } };
        System.out.println(n.shout());
        Object o = new Object() { public String toString() { return "anon toString"; } };
        System.out.println(o);
        String prefix = "pre-";
        Named m = new Named("x") { String shout() { return prefix + n + "-" + weight; } };
        System.out.println(m.shout());
        Op[] ops = new Op[3];
        for (int i = 0; i < 3; i++) { final int k = i; ops[i] = new Op() { public int apply(int a, int b) { return a * k + b; } }; }
        for (Op op : ops) System.out.println(op.apply(7, 2));
    }
}
