public class InterfacePrivateMethods {
    interface Formatter {
        String raw(int v);
        default String bracketed(int v) { return wrap("[", raw(v), "]"); }
        default String braced(int v) { return wrap("{", raw(v), "}"); }
        private String wrap(String l, String s, String r) { return l + s + r + suffix(); }
        private static String suffix() { return "!"; }
        static Formatter hex() { return new Formatter() { public String raw(int v) { return Integer.toHexString(v); } }; }
    }
    static class Dec implements Formatter { public String raw(int v) { return String.valueOf(v); } }
    public static void main(String[] args) {
        Formatter d = new Dec(), h = Formatter.hex();
        int[] vs = { 0, 255, -1, 4096 };
        for (int v : vs) System.out.println(d.bracketed(v) + " " + d.braced(v) + " " + h.bracketed(v) + " " + h.braced(v));
    }
}
