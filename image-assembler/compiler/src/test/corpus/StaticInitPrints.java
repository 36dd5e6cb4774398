public class StaticInitPrints {
    static class Lazy {
        static int value;
        static { System.out.println("Lazy initialised"); value = 42; }
    }
    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("value " + Lazy.value);
    }
}
