public class Varargs {
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String join(String sep, String... parts) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); } return sb.toString(); }
    static int count(Object... os) { return os == null ? -1 : os.length; }
    static String which(int a, int... rest) { return "a=" + a + " rest=" + rest.length; }
    static String which(int a, int b) { return "exact " + a + "," + b; }
    static long lsum(long first, long... more) { long s = first; for (long m : more) s += m; return s; }
    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] { 4, 5 }));
        System.out.println(join(", ") + "|" + join("-", "a") + "|" + join("/", "x", "y", "z"));
        System.out.println(count() + " " + count("a", "b") + " " + count((Object[]) null) + " " + count((Object) null) + " " + count(new String[] { "p", "q", "r" }));
        System.out.println(which(1) + "; " + which(1, 2) + "; " + which(1, 2, 3));
        System.out.println(lsum(1L << 40, 1, 2, 3));
        int[] big = new int[100]; for (int i = 0; i < 100; i++) big[i] = i; System.out.println(sum(big));
    }
}
