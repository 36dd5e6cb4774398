import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
public class ArrayListBasics {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        System.out.println(list.size() + " " + list.isEmpty());
        for (int i = 0; i < 12; i++) list.add("e" + i);
        System.out.println(list.size() + " " + list.get(0) + " " + list.get(11));
        list.add(0, "first"); list.add(5, "mid");
        System.out.println(list.get(0) + " " + list.get(5) + " " + list.size());
        System.out.println(list.remove(5) + " " + list.remove("first") + " " + list.remove("nope") + " " + list.size());
        System.out.println(list.indexOf("e3") + " " + list.indexOf("zzz") + " " + list.contains("e7"));
        list.set(2, "two");
        StringBuilder sb = new StringBuilder();
        for (String s : list) sb.append(s).append(',');
        System.out.println(sb);
        Iterator<String> it = list.iterator();
        while (it.hasNext()) { String s = it.next(); if (s.length() > 2) it.remove(); }
        System.out.println(list.size() + " " + list);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 100; i++) nums.add(i * i % 17);
        int total = 0; for (int n : nums) total += n;
        System.out.println("total " + total + " last " + nums.get(nums.size() - 1));
        list.clear(); System.out.println(list.isEmpty() + " " + list);
    }
}
