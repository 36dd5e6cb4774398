import java.nio.CharBuffer;

/** CharBuffer reaches the JDK's private access to its buffers, which only HotSpot sets up and Moka does not substitute. */
public class JdkInternals {
    public static void main(String[] args) {
        System.out.println(CharBuffer.wrap("moka").length());
    }
}
