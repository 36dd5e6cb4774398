// stdin-from: Fasta 2500
// Source: The Computer Language Benchmarks Game, "k-nucleotide".
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class KNucleotide {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null && !line.startsWith(">THREE")) {
            // skip to the third sequence
        }
        StringBuilder sb = new StringBuilder();
        while ((line = in.readLine()) != null) {
            if (line.startsWith(">")) {
                break;
            }
            sb.append(line.toUpperCase());
        }
        String sequence = sb.toString();
        printFrequencies(sequence, 1);
        printFrequencies(sequence, 2);
        for (String fragment : new String[] {"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"}) {
            Map<String, Integer> counts = count(sequence, fragment.length());
            System.out.println(counts.getOrDefault(fragment, 0) + "\t" + fragment);
        }
    }

    private static Map<String, Integer> count(String sequence, int length) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + length <= sequence.length(); i++) {
            counts.merge(sequence.substring(i, i + length), 1, Integer::sum);
        }
        return counts;
    }

    private static void printFrequencies(String sequence, int length) {
        Map<String, Integer> counts = count(sequence, length);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                : b.getValue() - a.getValue());
        int total = sequence.length() - length + 1;
        for (Map.Entry<String, Integer> e : entries) {
            System.out.printf("%s %.3f%n", e.getKey(), 100.0 * e.getValue() / total);
        }
        System.out.println();
    }
}
