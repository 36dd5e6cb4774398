public class StringHashCompare {
    public static void main(String[] args) {
        String[] ws = { "", "a", "A", "ab", "abc", "abd", "b", "Aa", "BB", "polygenelubricants", "The quick brown fox jumps over the lazy dog", "zzzzzzzzzzzzzzzz" };
        for (String w : ws) System.out.println("\"" + w + "\" " + w.hashCode());
        for (int i = 0; i < ws.length - 1; i++) {
            int c = ws[i].compareTo(ws[i + 1]);
            System.out.println(ws[i] + " vs " + ws[i + 1] + " = " + c + " " + (c < 0 ? "<" : c > 0 ? ">" : "="));
        }
        System.out.println("abc".compareTo("abc") + " " + "abc".compareTo("ab") + " " + "ab".compareTo("abc") + " " + "a".compareTo("b"));
        System.out.println("\u00e9".hashCode() + " " + "\uffff".compareTo("a"));
        String x = "x"; int h = 0; for (int i = 0; i < 10; i++) { x = x.concat(x.substring(0, 1 + i % 3)); h ^= x.hashCode(); }
        System.out.println(x.length() + " " + h);
    }
}
