// Source: Rosetta Code, "Word frequency" (on a built-in text instead of a downloaded book).
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class RcWordFrequency {
    private static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
            foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
            it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
            everything before us, we had nothing before us, we were all going direct to Heaven, we were all
            going direct the other way.
            """;

    public static void main(String[] args) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : TEXT.toLowerCase().split("[^a-z]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        String top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(10)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        System.out.println(top);
    }
}
