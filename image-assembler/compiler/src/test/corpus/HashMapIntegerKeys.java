import java.util.HashMap;
import java.util.Map;
public class HashMapIntegerKeys {
    public static void main(String[] args) {
        Map<Integer, String> m = new HashMap<>();
        for (int i = 0; i < 100; i++) m.put(i * 37 % 101, "v" + i);
        System.out.println(m.size());
        StringBuilder sb = new StringBuilder();
        for (Integer k : m.keySet()) sb.append(k).append(' ');
        System.out.println(sb);
        for (int i = 0; i < 100; i += 3) m.remove(i);
        System.out.println(m.size() + " " + m.get(1) + " " + m.get(3) + " " + m.get(-1));
        System.out.println(m.put(1, "replaced") + " " + m.get(1) + " " + m.putIfAbsent(1, "no") + " " + m.putIfAbsent(1000, "yes"));
        Map<Integer, Integer> neg = new HashMap<>();
        for (int i = -20; i < 20; i += 3) neg.put(i * 65536, i);
        System.out.println(neg);
        Map<Long, Long> big = new HashMap<>();
        for (long i = 1; i < 1L << 40; i <<= 5) big.put(i, -i);
        System.out.println(big);
        m.clear(); System.out.println(m.isEmpty() + " " + m);
    }
}
