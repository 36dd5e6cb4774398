import java.util.HashMap;
import java.util.Map;
public class HashMapWordCount {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs quick quick";
        Map<String, Integer> counts = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                String w = text.substring(start, i);
                Integer c = counts.get(w);
                counts.put(w, c == null ? 1 : c + 1);
                start = i + 1;
            }
        }
        System.out.println(counts.size() + " distinct");
        for (Map.Entry<String, Integer> e : counts.entrySet()) System.out.println(e.getKey() + "=" + e.getValue());
        System.out.println(counts.get("the") + " " + counts.get("cat") + " " + counts.containsKey("fox") + " " + counts.containsValue(3) + " " + counts.getOrDefault("cat", 0));
        System.out.println(counts);
        counts.remove("the");
        System.out.println(counts.size() + " " + counts.keySet());
        System.out.println(counts.values());
    }
}
