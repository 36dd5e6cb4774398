import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
public class LinkedHashMapOrder {
    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] keys = { "zeta", "alpha", "mu", "beta", "alpha", "omega" };
        for (int i = 0; i < keys.length; i++) m.put(keys[i], i);
        System.out.println(m);
        m.remove("mu"); m.put("mu", 99);
        System.out.println(m);
        for (Map.Entry<String, Integer> e : m.entrySet()) e.setValue(e.getValue() * 2);
        System.out.println(m.keySet() + " " + m.values());
        Set<Integer> s = new LinkedHashSet<>();
        for (int i = 20; i > 0; i -= 3) s.add(i);
        s.add(20); s.add(1);
        System.out.println(s);
    }
}
