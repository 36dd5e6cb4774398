/** A user program that does nothing and ends. */
public class QuietUser {
    public static void main(String[] args) {
    }
}
