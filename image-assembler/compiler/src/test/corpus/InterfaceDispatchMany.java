public class InterfaceDispatchMany {
    interface Op { long apply(long x); String name(); }
    interface Named { String name(); }
    static class Inc implements Op, Named { public long apply(long x) { return x + 1; } public String name() { return "inc"; } }
    static class Dbl implements Op { public long apply(long x) { return x * 2; } public String name() { return "dbl"; } }
    static class Sq implements Op { public long apply(long x) { return x * x; } public String name() { return "sq"; } }
    static class Neg implements Op { public long apply(long x) { return -x; } public String name() { return "neg"; } }
    static class Half extends Dbl { public long apply(long x) { return x / 2; } public String name() { return "half"; } }
    static class Rot implements Op { public long apply(long x) { return (x << 13) | (x >>> 51); } public String name() { return "rot"; } }
    public static void main(String[] args) {
        Op[] ops = { new Inc(), new Dbl(), new Sq(), new Neg(), new Half(), new Rot() };
        long v = 3;
        for (int round = 0; round < 4; round++) for (Op op : ops) { v = op.apply(v); System.out.println(op.name() + " -> " + v); }
        Named n = new Inc(); System.out.println(n.name() + " " + (n instanceof Op));
        Dbl d = new Half(); System.out.println(d.apply(100) + " " + d.name());
    }
}
