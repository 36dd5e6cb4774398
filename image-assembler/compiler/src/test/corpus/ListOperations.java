import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Predicate;
public class ListOperations {
    public static void main(String[] args) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < 20; i++) xs.add((i * 13) % 20);
        System.out.println(xs);
        System.out.println(xs.indexOf(7) + " " + xs.lastIndexOf(7) + " " + xs.contains(19) + " " + xs.contains(20));
        xs.removeIf(new Predicate<Integer>() { public boolean test(Integer v) { return v % 3 == 0; } });
        System.out.println(xs);
        ListIterator<Integer> it = xs.listIterator();
        while (it.hasNext()) { int v = it.next(); if (v % 2 == 0) it.set(v * 100); }
        System.out.println(xs);
        ArrayList<String> fixed = new ArrayList<>(); fixed.add("a"); fixed.add("b"); fixed.add("c");
        System.out.println(fixed + " " + fixed.size() + " " + fixed.get(1));
        ArrayList<String> asl = new ArrayList<>(); asl.add("x"); asl.add("y");
        ArrayList<String> all = new ArrayList<>(fixed); all.addAll(asl); all.addAll(1, asl);
        System.out.println(all + " " + all.equals(new ArrayList<>(all)) + " " + all.hashCode());
        System.out.println(all.getFirst() + " " + all.getLast() + " " + all.removeFirst() + " " + all.removeLast() + " " + all);
        Object[] arr = all.toArray(); String[] sarr = all.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr.length + " " + sarr[sarr.length - 1]);
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) { List<Integer> row = new ArrayList<>(); for (int j = 0; j <= i; j++) row.add(i * j); nested.add(row); }
        System.out.println(nested);
    }
}
