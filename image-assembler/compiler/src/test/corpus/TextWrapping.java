public class TextWrapping {
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(), line = new StringBuilder(); int i = 0;
        while (i < text.length()) {
            int j = i; while (j < text.length() && text.charAt(j) != ' ') j++;
            String word = text.substring(i, j);
            if (line.length() > 0 && line.length() + 1 + word.length() > width) { out.append(line).append('\n'); line.setLength(0); }
            if (line.length() > 0) line.append(' ');
            line.append(word); i = j + 1;
        }
        if (line.length() > 0) out.append(line);
        return out.toString();
    }
    static String center(String s, int w) { int pad = (w - s.length()) / 2; StringBuilder sb = new StringBuilder(); for (int i = 0; i < pad; i++) sb.append(' '); sb.append(s); while (sb.length() < w) sb.append(' '); return "|" + sb + "|"; }
    public static void main(String[] args) {
        String text = "The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly and a supercalifragilistic word appears";
        for (int w : new int[] { 10, 25, 60 }) { System.out.println("width " + w + ":"); System.out.println(wrap(text, w)); }
        for (String s : new String[] { "a", "center", "exactly-twenty-chars" }) System.out.println(center(s, 20));
    }
}
