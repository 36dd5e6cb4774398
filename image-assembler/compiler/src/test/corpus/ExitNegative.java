public class ExitNegative {
    public static void main(String[] args) { System.out.print("no newline"); System.err.print("err no newline"); System.exit(-1); }
}
