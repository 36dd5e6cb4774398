/** String.indent is missing from Moka's String, and the JDK's version works on the JDK's representation of strings. */
public class StringInternals {
    public static void main(String[] args) {
        System.out.println("two\nlines".indent(2));
    }
}
