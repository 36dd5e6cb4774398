import java.util.*;

public class TreeMapViewsWrite {
    public static void main(String[] args) {
        TreeMap<String, Integer> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : "delta Alpha charlie Bravo echo foxtrot Golf hotel".split(" ")) m.put(s, s.length());
        System.out.println(m + " " + m.get("ALPHA") + " " + m.containsKey("GOLF"));
        NavigableMap<String, Integer> mid = m.subMap("b", true, "f", false);
        System.out.println(mid + " " + mid.size());
        mid.put("Cobra", 5);
        mid.remove("delta");
        mid.entrySet().removeIf(e -> e.getValue() == 4);
        System.out.println(m + " | " + mid);
        NavigableMap<String, Integer> rev = mid.descendingMap();
        System.out.println(rev + " " + rev.firstKey() + " " + rev.pollFirstEntry() + " " + rev.pollLastEntry() + " " + m);
        Iterator<String> it = m.tailMap("c").keySet().iterator();
        while (it.hasNext()) { String k = it.next(); if (k.length() > 5) it.remove(); }
        System.out.println(m);
        m.headMap("d").clear();
        System.out.println(m + " " + m.size());
        for (Map.Entry<String, Integer> e : m.entrySet()) e.setValue(e.getValue() * 10);
        System.out.println(m + " " + m.firstEntry() + " " + m.lastEntry().getValue());
        TreeMap<Integer, Integer> squares = new TreeMap<>();
        for (int i = 1; i <= 12; i++) squares.put(i * i, i);
        NavigableSet<Integer> ks = squares.navigableKeySet();
        System.out.println(ks.floor(50) + " " + ks.ceiling(50) + " " + ks.headSet(30) + " " + ks.descendingSet().headSet(100, true) + " " + squares.descendingKeySet().pollFirst() + " " + squares.size());
        TreeSet<String> set = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        Collections.addAll(set, "pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry");
        System.out.println(set + " " + set.headSet("kiwi") + " " + set.tailSet("zz", false) + " " + set.subSet("a", "zzzzz"));
        try {
            mid.put("zulu", 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        int total = 0;
        TreeMap<Integer, String> events = new TreeMap<>();
        long s = 7;
        for (int i = 0; i < 300; i++) { s = (s * 1103515245 + 12345) & 0x7fffffff; events.put((int) (s % 1000), "e" + i); }
        while (!events.isEmpty()) {
            Map.Entry<Integer, String> first = events.pollFirstEntry();
            total += first.getKey();
            Map.Entry<Integer, String> last = events.pollLastEntry();
            if (last != null) total -= last.getKey() / 2;
        }
        System.out.println(total);
    }
}
