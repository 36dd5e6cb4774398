public class InterfaceStaticInit {
    interface Registry {
        String[] NAMES = build();
        int COUNT = NAMES.length;
        static String[] build() { String[] a = new String[4]; for (int i = 0; i < a.length; i++) a[i] = "n" + i * i; return a; }
        static String lookup(int i) { return i >= 0 && i < COUNT ? NAMES[i] : "none"; }
        default String first() { return NAMES[0]; }
    }
    static class Impl implements Registry { }
    public static void main(String[] args) {
        System.out.println(Registry.COUNT + " " + Registry.lookup(3) + " " + Registry.lookup(9) + " " + new Impl().first());
        StringBuilder sb = new StringBuilder(); for (String n : Registry.NAMES) sb.append(n).append(','); System.out.println(sb);
    }
}
