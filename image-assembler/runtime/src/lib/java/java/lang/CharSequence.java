package java.lang;

/** A readable sequence of chars. */
public interface CharSequence {
    /** @return the length */
    int length();

    /** @param index position @return the char there */
    char charAt(int index);

    /** @param start first index @param end index after the last @return that part */
    CharSequence subSequence(int start, int end);

    /** @return the chars as a string */
    @Override
    String toString();

    /** @return whether the length is zero */
    default boolean isEmpty() {
        return length() == 0;
    }

    /** @param a a sequence @param b a sequence @return their lexicographic comparison, char by char */
    static int compare(CharSequence a, CharSequence b) {
        if (a == b) {
            return 0;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
