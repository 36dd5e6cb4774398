import java.util.*;
public class MapsAndDefaultMethods {
    interface Left { default String who() { return "left"; } }
    interface Right { default String who() { return "right"; } }
    static class A implements Left {}
    static class B implements Right {}
    static class C implements Left { public String who() { return "c"; } }
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : new String[] {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end"}) m.merge(w, 1, Integer::sum);
        System.out.println(m + " " + m.hashCode() + " " + m.equals(new HashMap<>(m)));
        Map<Integer, String> lm = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) lm.put(i * 37 % 11, "v" + i);
        System.out.println(lm);
        Set<String> s = new HashSet<>(m.keySet());
        System.out.println(s.size() + " " + s.contains("fox") + " " + s);
        List<Integer> l = new ArrayList<>(Arrays.asList(5, 3, 9, 1));
        Collections.sort(l);
        Object o = l;
        System.out.println(l + " " + o.equals(Arrays.asList(1, 3, 5, 9)) + " " + l.hashCode());
        A a = new A(); C c = new C();
        Left x = c;
        System.out.println(a.who() + " " + x.who() + " " + new B().who());
        Map.Entry<String, Integer> e = m.entrySet().iterator().next();
        System.out.println(e.getKey().length() > 0);
    }
}
