package java.lang;

/** A readable sequence of chars. */
public interface CharSequence {
    /** @return the length */
    int length();

    /** @param index position @return the char there */
    char charAt(int index);
}
