import java.util.ArrayList;
public class CsvTokenizer {
    static ArrayList<String> parse(String line) {
        ArrayList<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder(); boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) { if (c == '"') { if (i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; } else quoted = false; } else cur.append(c); }
            else if (c == '"') quoted = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString()); return out;
    }
    public static void main(String[] args) {
        String[] lines = { "a,b,c", "\"quoted, comma\",plain,\"esc \"\"q\"\"\"", ",,", "", "single", "1,-2,3000000000" };
        for (String l : lines) { ArrayList<String> f = parse(l); StringBuilder sb = new StringBuilder(f.size() + ":"); for (String s : f) sb.append(" <").append(s).append('>'); System.out.println(sb); }
        long sum = 0; for (String s : parse("10,20,-5,7")) sum += Integer.parseInt(s); System.out.println("sum " + sum);
    }
}
