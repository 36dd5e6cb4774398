public class ExitZeroEarly {
    static void deep(int n) { if (n == 0) { System.out.println("exit from depth"); System.exit(0); } deep(n - 1); System.out.println("unwound " + n); }
    public static void main(String[] args) { System.out.println("start"); deep(20); System.out.println("after"); }
}
