import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
public class HashSetOps {
    public static void main(String[] args) {
        Set<String> a = new HashSet<>();
        Set<String> b = new HashSet<>();
        String[] xs = { "red", "green", "blue", "red", "cyan" };
        String[] ys = { "blue", "magenta", "green", "yellow" };
        for (String x : xs) System.out.println("add " + x + " " + a.add(x));
        for (String y : ys) b.add(y);
        System.out.println(a.size() + " " + a + " " + b);
        System.out.println(a.contains("red") + " " + a.contains("black"));
        Set<String> union = new HashSet<>(a); union.addAll(b); System.out.println("union " + union);
        Set<String> inter = new HashSet<>(a); inter.retainAll(b); System.out.println("inter " + inter);
        Set<String> diff = new HashSet<>(a); diff.removeAll(b); System.out.println("diff " + diff);
        Iterator<String> it = union.iterator();
        while (it.hasNext()) if (it.next().length() > 4) it.remove();
        System.out.println("short " + union);
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 50; i++) ints.add(i * i % 23);
        System.out.println(ints.size() + " " + ints);
        System.out.println(a.equals(new HashSet<>(a)) + " " + a.hashCode() + " " + a.remove("red") + " " + a.remove("red"));
    }
}
