// Source: Rosetta Code, "Tokenize a string", "Remove duplicate elements" and "Count occurrences of a substring".
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

public class RcTokenize {
    static int countSubstring(String s, String sub) {
        return (s.length() - s.replace(sub, "").length()) / sub.length();
    }

    public static void main(String[] args) {
        String[] tokens = "Hello,How,Are,You,Today".split(",");
        System.out.println(String.join(".", tokens));
        Set<String> unique = new LinkedHashSet<>(Arrays.asList("a", "b", "a", "c", "b", "d"));
        System.out.println(unique);
        System.out.println(countSubstring("the three truths", "th") + " " + countSubstring("ababababab", "abab"));
    }
}
