import java.util.*;
public class HelpfulNullPointerMessages {
    static String sf; String f; int[] arr; HelpfulNullPointerMessages next;
    static String get() { return null; }
    static void t(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] args) {
        String s = null; HelpfulNullPointerMessages n = new HelpfulNullPointerMessages(); HelpfulNullPointerMessages nul = null; int[] a = null; Object[] oa = null; List<String> list = null;
        t(() -> s.length());
        t(() -> sf.length());
        t(() -> n.f.length());
        t(() -> get().length());
        t(() -> System.out.println(nul.f));
        t(() -> { nul.f = "x"; });
        t(() -> System.out.println(a.length));
        t(() -> System.out.println(a[0]));
        t(() -> { a[0] = 1; });
        t(() -> System.out.println(oa[1]));
        t(() -> list.size());
        t(() -> { throw null; });
        t(() -> System.out.println(n.next.next.f));
        t(() -> System.out.println(n.arr[2]));
        t(() -> { String x = null; x.isEmpty(); });
    }
}
