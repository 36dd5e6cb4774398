// Source: Rosetta Code, "Caesar cipher".
public class RcCaesarCipher {
    static String encode(String text, int key) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + (c - 'A' + key) % 26));
            } else if (Character.isLowerCase(c)) {
                sb.append((char) ('a' + (c - 'a' + key) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "The quick brown fox Jumped over the lazy Dog";
        String encoded = encode(text, 12);
        System.out.println(encoded);
        System.out.println(encode(encoded, 26 - 12));
    }
}
