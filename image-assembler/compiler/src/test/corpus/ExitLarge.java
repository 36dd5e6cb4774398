public class ExitLarge {
    public static void main(String[] args) { System.out.println("300 wraps to 44"); System.exit(300); }
}
