// Source: Rosetta Code, "String length" (characters, code points and UTF-8 bytes).
import java.io.UnsupportedEncodingException;

public class RcStringLength {
    public static void main(String[] args) throws UnsupportedEncodingException {
        for (String s : new String[] {"møøse", "J\u0332o\u0332s\u0332e\u0332", "abc", "\uD834\uDD1E clef"}) {
            System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.getBytes("UTF-8").length
                    + " " + s.getBytes("UTF-16BE").length);
        }
    }
}
