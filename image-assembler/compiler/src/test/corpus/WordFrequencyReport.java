import java.util.*;

public class WordFrequencyReport {
    public static void main(String[] args) {
        String text = """
            It was the best of times, it was the worst of times; it was the age of wisdom,
            it was the age of foolishness... It was the epoch of belief -- it was the epoch
            of incredulity. It was the season of Light, it was the season of Darkness!
            """;
        String[] words = text.toLowerCase().trim().split("[^a-z]+");
        System.out.println(words.length + " words, first " + words[0] + ", last " + words[words.length - 1]);
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String w : words) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        TreeMap<Integer, TreeSet<String>> byCount = new TreeMap<>(Comparator.reverseOrder());
        for (Map.Entry<String, Integer> e : counts.entrySet()) byCount.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
        for (Map.Entry<Integer, TreeSet<String>> e : byCount.entrySet()) System.out.printf("%3d  %-40s %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getKey() * e.getValue().size() / words.length);
        System.out.println(counts.headMap("f") + " " + counts.tailMap("t", true).keySet() + " " + counts.subMap("b", "e").values());
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) System.out.printf("%02d|%-20.20s|%3d chars|%2d commas%n", i, lines[i].strip(), lines[i].length(), lines[i].split(",", -1).length - 1);
        System.out.println(String.join("/", text.strip().split("\\s*[,;.!-]+\\s*", 4)));
        LinkedList<String> recent = new LinkedList<>();
        for (String w : words) {
            recent.remove(w);
            recent.addFirst(w);
            if (recent.size() > 5) recent.removeLast();
        }
        System.out.println(recent);
        BitSet lengths = new BitSet();
        for (String w : words) lengths.set(w.length());
        System.out.println("word lengths " + lengths + " longest " + (lengths.length() - 1));
        System.out.println(text.replaceAll("(?i)\\bit was\\b", "'twas").split("\n")[1].strip());
    }
}
