import java.util.regex.*;

public class RegexEdgeCases {
    static void t(String regex, String input) {
        try {
            Matcher m = Pattern.compile(regex).matcher(input);
            StringBuilder sb = new StringBuilder();
            sb.append(m.matches()).append(' ');
            m.reset();
            while (m.find()) {
                sb.append('<').append(m.group().replace("\n", "\\n")).append('>');
                for (int g = 1; g <= m.groupCount(); g++) sb.append(g).append('=').append(m.group(g) == null ? "null" : m.group(g).replace("\n", "\\n")).append(';');
            }
            System.out.println(regex.replace("\n", "\\n") + " ~ " + input.replace("\n", "\\n") + " : " + sb);
        } catch (PatternSyntaxException e) {
            System.out.println(regex + " : " + e.getDescription() + " @" + e.getIndex());
        }
    }

    public static void main(String[] args) {
        t("a$", "a\n");
        t("a$", "a\r\n");
        t("a\\Z", "a\n");
        t("a\\z", "a\n");
        t("^a|b$", "ab\nab");
        t("\\Aab", "abab");
        t("(a+)(a+)", "aaaa");
        t("(a+?)(a+)", "aaaa");
        t("(a|ab)(bc|c)", "abc");
        t("(ab|a)(bc|c)", "abc");
        t("(a*)*b", "aaab");
        t("(a*)+", "b");
        t("(a|b)*?c", "ababc");
        t("(?:x|y){2,3}", "xyxyx");
        t("[a-c[x-z]]+", "abxyzd");
        t("[^a-c[x]]+", "abdxe");
        t("[\\w&&[^\\d]]+", "ab12cd_3");
        t("\\d+(?=px)", "10px 20em 30px");
        t("(?<!-)\\b\\d+", "5 -6 77 -88");
        t("(?i)[a-c]+X", "ABcx aBCX");
        t("a(?i)b(?-i)c", "abc aBc abC");
        t("(?i:hello) World", "HELLO World hello world");
        t("(\\w+)\\s\\1", "hello hello world world x");
        t("(?<q>['\"]).*?\\k<q>", "say 'hi' and \"bye\" ok");
        t("\\x41\\u0042\\0103\\t", "ABC\t");
        t("[\\x30-\\x32]+", "0123");
        t("a{0}b", "ab");
        t("a{3,}", "aa aaa aaaaa");
        t("\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$", ".*+?()[]{}|^$");
        t("", "abc");
        t("x*", "");
        t("a++b", "aaab");
        t("a*+a", "aaa");
        t("\\p{Alpha}", "a");
        t("(?s).", "\n");
        t("(?m)^\\w+$", "ab\ncd\r\nef\n");
        t("(?m)^", "");
        t("(?m)$", "a\nb\r\n");
        t("(?m)^.", "x\n\ny\r\nz");
        t("(?s)a.b", "a\nb a\0b");
        t("(?m:^b)|^a", "a\nb");
        t("\\R", "a\r\nb\nc\u2028");
        t("\\p{Punct}+|\\P{Alnum}", "a,b!!c d");
        t("a**", "a");
        t("[a", "a");
        t("a{2", "aa");
        t("(?<n>a)(?<n>b)", "ab");
        Pattern ci = Pattern.compile("colou?r", Pattern.CASE_INSENSITIVE);
        System.out.println(ci.matcher("COLOR").matches() + " " + ci.flags() + " " + ci.pattern());
        Pattern ml = Pattern.compile("^(\\w+)=(.*)$", Pattern.MULTILINE);
        Matcher mm = ml.matcher("a=1\nbad line\nb=two words\n");
        while (mm.find()) System.out.print(mm.group(1) + "->" + mm.group(2) + ";");
        System.out.println(Pattern.compile("a.c", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher("A\nC").matches());
        System.out.println(Pattern.compile("\\s*;\\s*").split("a ; b;c ;").length + " " + String.join("|", Pattern.compile("-").split("a-b-c", 2)));
        StringBuilder acc = new StringBuilder();
        Matcher m = Pattern.compile("(\\d+)").matcher("a1b22c333");
        while (m.find()) m.appendReplacement(acc, "[$1:" + m.group(1).length() + "]");
        System.out.println(m.appendTail(acc));
        long t0 = 0;
        String hay = "ab".repeat(2000) + "c";
        System.out.println(hay.matches("(ab)*c") + " " + hay.replaceAll("ab", "").length() + " " + hay.split("b").length + " " + ("x".repeat(50) + "y").matches("(x+x+)+y"));
    }
}
