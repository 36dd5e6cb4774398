import java.util.*;

public class TreeMapNavigation {
    static int next(long[] s, int bound) { s[0] = s[0] * 6364136223846793005L + 1442695040888963407L; return (int) ((s[0] >>> 33) % bound); }

    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95, 60};
        for (int k : keys) m.put(k, "v" + k);
        System.out.println(m);
        System.out.println(m.size() + " " + m.firstKey() + " " + m.lastKey());
        System.out.println(m.floorKey(33) + " " + m.ceilingKey(33) + " " + m.higherKey(35) + " " + m.lowerKey(5));
        System.out.println(m.floorEntry(4) + " " + m.ceilingEntry(96) + " " + m.higherEntry(90) + " " + m.lowerEntry(51));
        System.out.println(m.firstEntry() + " " + m.lastEntry());
        System.out.println(m.put(30, "thirty") + " " + m.get(30) + " " + m.get(31) + " " + m.containsKey(65) + " " + m.containsValue("v70"));
        System.out.println(m.headMap(30) + " | " + m.headMap(30, true));
        System.out.println(m.tailMap(80) + " | " + m.tailMap(80, false));
        System.out.println(m.subMap(20, 70) + " | " + m.subMap(20, false, 70, true));
        System.out.println(m.descendingMap());
        System.out.println(m.descendingKeySet() + " " + m.navigableKeySet());
        System.out.println(m.keySet() + " " + m.values());
        NavigableMap<Integer, String> d = m.descendingMap();
        System.out.println(d.firstKey() + " " + d.lastKey() + " " + d.floorKey(33) + " " + d.ceilingKey(33) + " " + d.higherKey(35) + " " + d.lowerKey(35));
        System.out.println(d.headMap(50) + " | " + d.tailMap(50) + " | " + d.subMap(80, 20));
        System.out.println(d.descendingMap().equals(m) + " " + d.comparator().compare(1, 2));
        NavigableMap<Integer, String> sub = m.subMap(20, true, 80, false);
        System.out.println(sub.size() + " " + sub.firstEntry() + " " + sub.lastEntry() + " " + sub.floorKey(100) + " " + sub.ceilingKey(0) + " " + sub.higherKey(80));
        sub.put(40, "forty");
        System.out.println(m.get(40) + " " + sub);
        try { sub.put(80, "x"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { sub.subMap(10, 30); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { sub.headMap(85); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { m.subMap(70, 20); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(sub.remove(25) + " " + sub.remove(90) + " " + m);
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m);
        Iterator<Map.Entry<Integer, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 20 == 0) it.remove(); else e.setValue(e.getValue().toUpperCase());
        }
        System.out.println(m);
        Iterator<Integer> di = m.descendingKeySet().iterator();
        while (di.hasNext()) if (di.next() > 60) di.remove();
        System.out.println(m);
        try { m.firstEntry().setValue("no"); } catch (UnsupportedOperationException e) { System.out.println("UOE"); }
        try {
            for (Integer k : m.keySet()) if (k == 35) m.put(36, "x");
        } catch (ConcurrentModificationException e) { System.out.println("CME"); }
        try { m.keySet().add(1); } catch (UnsupportedOperationException e) { System.out.println("UOE add"); }
        TreeMap<String, Integer> byLength = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : "the quick brown fox jumps over the lazy dog again and again".split(" ")) byLength.merge(w, 1, Integer::sum);
        System.out.println(byLength + " " + byLength.firstKey() + " " + byLength.ceilingKey("zzzz"));
        TreeMap<Integer, Integer> big = new TreeMap<>();
        long[] seed = {42};
        for (int i = 0; i < 2000; i++) big.put(next(seed, 5000), i);
        for (int i = 0; i < 1500; i++) big.remove(next(seed, 5000));
        long sum = 0; int prev = -1; boolean sorted = true;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) { sum += e.getKey() * 31L + e.getValue(); if (e.getKey() <= prev) sorted = false; prev = e.getKey(); }
        System.out.println(big.size() + " " + sum + " " + sorted + " " + big.headMap(2500).size() + " " + big.tailMap(1000, false).size());
        System.out.println(new TreeMap<>(Map.of("b", 2)).equals(Map.of("b", 2)) + " " + m.hashCode());
        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println(empty.firstEntry() + " " + empty.pollFirstEntry() + " " + empty.floorKey(3) + " " + empty);
        try { empty.firstKey(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { empty.put(null, "x"); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
