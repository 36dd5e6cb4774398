// Source: Rosetta Code, "Base64 encode data" and "Base64 decode data".
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class RcBase64 {
    public static void main(String[] args) {
        String text = "To err is human, but to really foul things up you need a computer.\n    -- Paul R. Ehrlich";
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        System.out.println(encoded);
        System.out.println(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
    }
}
