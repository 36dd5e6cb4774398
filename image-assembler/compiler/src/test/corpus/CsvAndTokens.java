import java.util.*;
import java.util.regex.*;

public class CsvAndTokens {
    record Token(String kind, String text, int at) {
        @Override
        public String toString() {
            return kind + "(" + text + ")@" + at;
        }
    }

    static List<Token> tokenize(String src) {
        Pattern p = Pattern.compile("\\s*(?:(?<num>\\d+(?:\\.\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<op>[-+*/()^=])|(?<bad>\\S))");
        Matcher m = p.matcher(src);
        List<Token> out = new ArrayList<>();
        while (m.find()) {
            if (m.group("num") != null) out.add(new Token("NUM", m.group("num"), m.start("num")));
            else if (m.group("id") != null) out.add(new Token("ID", m.group("id"), m.start("id")));
            else if (m.group("op") != null) out.add(new Token("OP", m.group("op"), m.start("op")));
            else if (m.group("bad") != null) out.add(new Token("BAD", m.group("bad"), m.start("bad")));
        }
        return out;
    }

    public static void main(String[] args) {
        String csv = "id,name,score,comment\n1,alice,93.5,\n2,bob,,\"quoted\"\n3,,71,trailing,,\n\n4,dan,88,x";
        String[] rows = csv.split("\\R?\n");
        System.out.println(rows.length + " rows");
        for (String row : rows) {
            String[] a = row.split(",");
            String[] b = row.split(",", -1);
            String[] c = row.split(",", 3);
            System.out.println(Arrays.toString(a) + " " + a.length + " | " + Arrays.toString(b) + " " + b.length + " | " + Arrays.toString(c));
        }
        System.out.println(tokenize("x1 = 3.25 * (y + 42) ^ 2 - z_9 # 7"));
        System.out.println(tokenize(""));
        String log = "2024-01-05 ERROR disk full; 2024-01-06 WARN cpu hot; 2024-02-11 ERROR net down";
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (ERROR|WARN) ([^;]+)").matcher(log);
        TreeMap<String, List<String>> byLevel = new TreeMap<>();
        while (m.find()) byLevel.computeIfAbsent(m.group(4), k -> new ArrayList<>()).add(m.group(3) + "/" + m.group(2) + ":" + m.group(5).trim());
        System.out.println(byLevel);
        System.out.println(log.replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3.$2.$1"));
        System.out.println("  many   spaces   here  ".trim().replaceAll(" +", " ") + "|" + "snake_case_name".replaceAll("_([a-z])", "-$1") + "|" + "aaa".replaceAll("a*", "X") + "|" + "abc".replaceAll("(?=b)", "^"));
        String[] emails = {"bob@example.com", "not-an-email", "a.b-c@sub.domain.org", "@x.com", "x@y"};
        for (String e : emails) System.out.print(e.matches("[\\w.-]+@[\\w-]+(\\.[\\w-]+)+") ? "Y" : "N");
        System.out.println();
        System.out.println(Arrays.toString("a1b2c3".split("(?<=\\d)")) + Arrays.toString("a1b2c3".split("(?=\\d)")) + Arrays.toString(":a:b:".split(":")) + Arrays.toString("".split(",")) + Arrays.toString(",".split(",")));
    }
}
