import java.util.*;

public class TreeSetOps {
    public static void main(String[] args) {
        TreeSet<String> s = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "banana", "cherry", "date"));
        System.out.println(s + " " + s.size() + " " + s.first() + " " + s.last());
        System.out.println(s.lower("fig") + " " + s.floor("fig") + " " + s.ceiling("grape") + " " + s.higher("pear") + " " + s.lower("apple"));
        System.out.println(s.headSet("date") + " " + s.headSet("date", true) + " " + s.tailSet("fig") + " " + s.tailSet("fig", false));
        System.out.println(s.subSet("b", "g") + " " + s.subSet("banana", false, "kiwi", true));
        System.out.println(s.descendingSet() + " " + s.descendingSet().first() + " " + s.descendingSet().headSet("cherry"));
        Iterator<String> di = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) sb.append(di.next().charAt(0));
        System.out.println(sb);
        System.out.println(s.add("fig") + " " + s.add("grape") + " " + s.remove("kiwi") + " " + s.remove("zzz") + " " + s);
        SortedSet<String> head = s.headSet("fig");
        head.add("avocado");
        System.out.println(s + " " + head);
        try { head.add("mango"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        TreeSet<Integer> nums = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 20; i++) nums.add((i * 7) % 13);
        System.out.println(nums + " " + nums.first() + " " + nums.ceiling(5) + " " + nums.higher(5) + " " + nums.comparator().compare(1, 2));
        nums.removeIf(x -> x % 3 == 0);
        System.out.println(nums + " " + nums.contains(4) + " " + nums.contains(6));
        TreeSet<Integer> copy = new TreeSet<>(nums);
        System.out.println(copy + " " + copy.equals(nums) + " " + (copy.hashCode() == nums.hashCode()) + " " + copy.equals(new HashSet<>(nums)));
        System.out.println(copy.getFirst() + " " + copy.getLast() + " " + copy.removeFirst() + " " + copy.reversed());
        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println(empty.pollFirst() + " " + empty.lower(1) + " " + empty + " " + empty.isEmpty());
        try { empty.first(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { empty.removeFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE2"); }
        try { for (Integer x : copy) copy.add(100); } catch (ConcurrentModificationException e) { System.out.println("CME"); }
        NavigableSet<Integer> range = new TreeSet<>();
        for (int i = 0; i < 100; i += 3) range.add(i);
        NavigableSet<Integer> view = range.subSet(10, true, 40, false);
        System.out.println(view + " " + view.size() + " " + view.descendingSet() + " " + view.pollFirst() + " " + view.pollLast() + " " + range.size());
        System.out.println(view.tailSet(20).headSet(30) + " " + view.descendingSet().tailSet(20) + " " + view.descendingSet().subSet(30, 15));
    }
}
