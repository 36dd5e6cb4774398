public class BooleanLogic {
    static int calls;
    static boolean t(String tag) { calls++; System.out.print(tag); return true; }
    static boolean f(String tag) { calls++; System.out.print(tag); return false; }
    public static void main(String[] args) {
        boolean r1 = t("a") && f("b") || t("c"); System.out.println(" -> " + r1);
        boolean r2 = f("a") && t("b") || f("c") && t("d"); System.out.println(" -> " + r2);
        boolean r3 = t("a") || t("b") && f("c"); System.out.println(" -> " + r3);
        boolean r4 = !(f("a") | t("b")) ^ t("c"); System.out.println(" -> " + r4);
        boolean r5 = f("a") & t("b") | t("c") & f("d"); System.out.println(" -> " + r5);
        System.out.println("calls " + calls);
        boolean[] table = new boolean[8];
        for (int i = 0; i < 8; i++) { boolean a = (i & 4) != 0, b = (i & 2) != 0, c = (i & 1) != 0; table[i] = a ? b || c : b && !c; }
        StringBuilder sb = new StringBuilder(); for (boolean b : table) sb.append(b ? '1' : '0'); System.out.println(sb);
        boolean x = true; x &= false; System.out.print(x); x |= true; System.out.print(x); x ^= true; System.out.println(x);
        int bits = 0; for (int i = 0; i < 8; i++) if (table[i] == (i % 3 == 0)) bits |= 1 << i; System.out.println(bits);
        System.out.println(Boolean.compare(true, false) + " " + Boolean.logicalXor(true, true) + " " + Boolean.toString(false) + " " + Boolean.valueOf(true).hashCode() + " " + Boolean.valueOf(false).hashCode());
    }
}
