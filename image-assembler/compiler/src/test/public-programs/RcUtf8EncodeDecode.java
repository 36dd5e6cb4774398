// Source: Rosetta Code, "UTF-8 encode and decode".
import java.nio.charset.StandardCharsets;

public class RcUtf8EncodeDecode {
    public static void main(String[] args) {
        int[] codePoints = {0x41, 0xF6, 0x416, 0x20AC, 0x1D11E};
        for (int cp : codePoints) {
            String s = new String(Character.toChars(cp));
            byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
            StringBuilder hex = new StringBuilder();
            for (byte b : encoded) {
                hex.append(String.format("%02X ", b));
            }
            String decoded = new String(encoded, StandardCharsets.UTF_8);
            System.out.printf("U+%04X %-12s %d%n", cp, hex.toString().trim(), decoded.codePointAt(0));
        }
    }
}
