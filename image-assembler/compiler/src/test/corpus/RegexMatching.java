import java.util.regex.*;

public class RegexMatching {
    static void findAll(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder(regex + " in \"" + input + "\":");
        while (m.find()) {
            sb.append(" [").append(m.group()).append('@').append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) sb.append(" g").append(g).append('=').append(m.group(g));
            sb.append(']');
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        findAll("\\d+", "abc 123 def 45 6");
        findAll("(\\w+)@(\\w+)\\.com", "mail bob@example.com and amy@test.com now");
        findAll("a*", "baaac");
        findAll("a*?b", "aaab ab b");
        findAll("(a|ab)(c|bcd)(d*)", "abcd");
        findAll("colou?r", "color colour colouur");
        findAll("\\bcat\\b", "cat concat cat's bobcat cat");
        findAll("[A-Z][a-z]+", "Hello World From Java");
        findAll("[^aeiou\\s]+", "programming is fun");
        findAll("(\\d{1,3})(?:\\.(\\d{1,3})){3}", "ip 192.168.0.1 and 10.0.0.255");
        findAll("x(?=y)", "xy xz xy");
        findAll("x(?!y)", "xy xz xy x");
        findAll("(?<=\\$)\\d+", "cost $45 or $7, not 9");
        findAll("(a)|(b)", "ab");
        findAll("(?<year>\\d{4})-(?<month>\\d\\d)", "on 2024-03 and 1999-12");
        findAll("(\\w)\\1", "hello bookkeeper aa");
        findAll("^\\w+|\\w+$", "first middle last");
        findAll("(?i)hello", "Hello HELLO hello hElLo");
        findAll("[a-z&&[^aeiou]]+", "strengths and rhythms");
        findAll(".", "a\nb\r\nc");
        findAll("\\s*,\\s*", "a , b,c  ,  d");
        findAll("\\Q.*\\E", "a.*b.*");
        findAll("(ab)*c", "ababc abc c");
        findAll("a{2,3}", "aaaaaaa");
        findAll("a{2,3}?", "aaaaaaa");
        findAll("[\\d&&[^5]]+", "1234567");
        Matcher m = Pattern.compile("(?<key>\\w+)=(?<val>\\w*)").matcher("a=1 b= c=33");
        while (m.find()) System.out.println(m.group("key") + " -> '" + m.group("val") + "' " + m.start("val") + " " + m.end(2));
        System.out.println("2024-03-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "2024-3-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "abc".matches("abc|abcd") + " " + "abcd".matches("abc|abcd"));
        System.out.println(Pattern.matches("[a-c]+", "abcabc") + " " + Pattern.compile("b").matcher("abc").lookingAt() + " " + Pattern.compile("a").matcher("abc").lookingAt());
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " | " + "a1b2c3".replaceAll("\\d", "<$0>") + " | " + "aaa".replaceFirst("a", "b") + " | " + "x.y.z".replaceAll("\\.", "\\$"));
        System.out.println("tab\tand  spaces".replaceAll("\\s+", "_") + " | " + "abc".replaceAll("", "-") + " | " + "hello".replaceAll("l+", Matcher.quoteReplacement("$1\\")));
        System.out.println("k=v".replaceAll("(?<k>\\w)=(?<v>\\w)", "${v}=${k}") + " " + "ab".replaceAll("(a)(b)?", "[$2$1$12]") + " " + Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        Matcher ap = Pattern.compile("cat").matcher("one cat two cats in the yard");
        StringBuilder sb = new StringBuilder();
        while (ap.find()) ap.appendReplacement(sb, "dog");
        ap.appendTail(sb);
        System.out.println(sb + " " + ap.pattern() + " " + Pattern.compile("x+").toString());
        Matcher fm = Pattern.compile("o").matcher("foo boo");
        System.out.println(fm.find(5) + " " + fm.start() + " " + fm.find() + " " + fm.start() + " " + fm.find());
        Matcher r = Pattern.compile("(a)(x)?").matcher("a");
        System.out.println(r.matches() + " " + r.groupCount() + " " + r.group(2) + " " + r.start(2) + " " + r.group(1));
        try { Pattern.compile("a").matcher("b").group(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        try { r.group(3); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        try { "abc".replaceAll("b", "$2"); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        try { "abc".replaceAll("b", "$"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { "abc".replaceAll("b", "x\\"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { "abc".replaceAll("b", "${nope}"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Pattern.compile("(ab"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
        try { Pattern.compile("ab)"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
        try { Pattern.compile("x{,2}"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
        try { Pattern.compile("[z-a]"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
        try { Pattern.compile("\\y"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 300; i++) big.append("word").append(i % 10).append(' ');
        System.out.println(big.toString().split("\\s+").length + " " + big.toString().replaceAll("\\d", "").length() + " " + big.toString().matches("(\\w+ )*"));
    }
}
