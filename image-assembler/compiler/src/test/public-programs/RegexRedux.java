// stdin-from: Fasta 1000
// Source: The Computer Language Benchmarks Game, "regex-redux".
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexRedux {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            sb.append(line).append('\n');
        }
        String input = sb.toString();
        int initialLength = input.length();
        String sequence = input.replaceAll(">.*\n|\n", "");
        int codeLength = sequence.length();
        String[] variants = {"agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "a[act]ggtaaa|tttacc[agt]t",
            "ag[act]gtaaa|tttac[agt]ct", "agg[act]taaa|ttta[agt]cct", "aggg[acg]aaa|ttt[cgt]ccct",
            "agggt[cgt]aa|tt[acg]accct", "agggta[cgt]a|t[acg]taccct", "agggtaa[cgt]|[acg]ttaccct"};
        for (String variant : variants) {
            Matcher m = Pattern.compile(variant).matcher(sequence);
            int count = 0;
            while (m.find()) {
                count++;
            }
            System.out.println(variant + " " + count);
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("tHa[Nt]", "<4>");
        replacements.put("aND|caN|Ha[DS]|WaS", "<3>");
        replacements.put("a[NSt]|BY", "<2>");
        replacements.put("<[^>]*>", "|");
        replacements.put("\\|[^|][^|]*\\|", "-");
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            sequence = Pattern.compile(e.getKey()).matcher(sequence).replaceAll(e.getValue());
        }
        System.out.println();
        System.out.println(initialLength);
        System.out.println(codeLength);
        System.out.println(sequence.length());
    }
}
