public class AssertDisabled {
    static int checks;
    static boolean check() { checks++; return false; }
    public static void main(String[] args) {
        assert check() : "should not run";
        for (int i = 0; i < 3; i++) assert i < 0;
        System.out.println("asserts skipped, checks=" + checks);
    }
}
