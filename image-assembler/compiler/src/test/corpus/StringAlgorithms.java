public class StringAlgorithms {
    static boolean isPalindrome(String s) { int i = 0, j = s.length() - 1; while (i < j) if (s.charAt(i++) != s.charAt(j--)) return false; return true; }
    static boolean anagram(String a, String b) { if (a.length() != b.length()) return false; int[] c = new int[128]; for (int i = 0; i < a.length(); i++) { c[a.charAt(i)]++; c[b.charAt(i)]--; } for (int x : c) if (x != 0) return false; return true; }
    static String caesar(String s, int k) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < s.length(); i++) { char c = s.charAt(i); if (c >= 'a' && c <= 'z') c = (char) ('a' + ((c - 'a' + k) % 26 + 26) % 26); else if (c >= 'A' && c <= 'Z') c = (char) ('A' + ((c - 'A' + k) % 26 + 26) % 26); sb.append(c); } return sb.toString(); }
    static String rle(String s) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < s.length();) { int j = i; while (j < s.length() && s.charAt(j) == s.charAt(i)) j++; sb.append(j - i).append(s.charAt(i)); i = j; } return sb.toString(); }
    static int indexOf(String hay, String needle) { outer: for (int i = 0; i + needle.length() <= hay.length(); i++) { for (int j = 0; j < needle.length(); j++) if (hay.charAt(i + j) != needle.charAt(j)) continue outer; return i; } return -1; }
    static String reverseWords(String s) { StringBuilder out = new StringBuilder(); int end = s.length(); for (int i = s.length() - 1; i >= -1; i--) { if (i == -1 || s.charAt(i) == ' ') { if (out.length() > 0) out.append(' '); out.append(s.substring(i + 1, end)); end = i; } } return out.toString(); }
    public static void main(String[] args) {
        String[] ps = { "racecar", "abba", "abc", "", "a", "Aa" };
        for (String p : ps) System.out.println("[" + p + "] palindrome " + isPalindrome(p));
        System.out.println(anagram("listen", "silent") + " " + anagram("apple", "paple") + " " + anagram("ab", "abc") + " " + anagram("aab", "abb"));
        String enc = caesar("Hello, World xyz", 3); System.out.println(enc + " | " + caesar(enc, -3) + " | " + caesar("abc", -27));
        System.out.println(rle("aaabccddddde") + " " + rle("") + " " + rle("z"));
        System.out.println(indexOf("mississippi", "issip") + " " + indexOf("mississippi", "xyz") + " " + indexOf("abc", ""));
        System.out.println(reverseWords("the quick brown fox"));
    }
}
