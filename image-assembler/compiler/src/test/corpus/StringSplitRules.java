import java.util.Arrays;

public class StringSplitRules {
    static void show(String s, String regex, int limit) {
        String[] parts = s.split(regex, limit);
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(s).append("\".split(\"").append(regex).append("\", ").append(limit).append(") -> ").append(parts.length).append(' ');
        for (String p : parts) sb.append('[').append(p).append(']');
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String[] inputs = {"", ",", ",,", "a,b,c", ",a,,b,,", "a,b,,,", "  leading and  trailing  ", "boo:and:foo", "a1b22c333", "abc"};
        String[] regexes = {",", ",+", "\\s+", "o", ":", "\\d+", "", "(?=[a-z])", "\\b", "x*", "\\|"};
        int[] limits = {0, -1, 1, 2, 3, 5};
        for (String s : inputs)
            for (String r : regexes)
                for (int l : limits) show(s, r, l);
        System.out.println(Arrays.toString("boo:and:foo".split("o", 0)) + Arrays.toString("boo:and:foo".split("o", -2)));
        System.out.println(Arrays.toString("a.b.c".split("\\.")) + Arrays.toString("a.b.c".split(".")) + Arrays.toString("a|b".split("|")));
        System.out.println(Arrays.toString("key = value ; k2=v2".split("\\s*[=;]\\s*")));
        System.out.println(Arrays.toString("2024-01-15T10:30".split("[-T:]")) + " " + "one  two".split(" ").length);
        System.out.println(Arrays.toString("Hello World".split("(?<=o)")) + Arrays.toString("CamelCaseString".split("(?=[A-Z])")));
        for (String bad : new String[] {"*", "(", "[a", "a{2,1}", "\\"}) {
            try {
                "abc".split(bad);
            } catch (java.util.regex.PatternSyntaxException e) {
                System.out.println(e.getClass().getName() + " | " + e.getDescription() + " | " + e.getIndex() + " | " + e.getMessage().replace('\n', '/'));
            }
        }
    }
}
