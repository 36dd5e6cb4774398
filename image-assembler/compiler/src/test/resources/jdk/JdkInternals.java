import java.util.StringJoiner;

/** StringJoiner reaches the JDK's private access to java.lang, which only HotSpot sets up. */
public class JdkInternals {
    public static void main(String[] args) {
        System.out.println(new StringJoiner(", ", "[", "]").add("a").add("b"));
    }
}
