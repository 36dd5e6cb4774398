public class StaticInitMainClass {
    static int counter = 5;
    static final StringBuilder LOG = new StringBuilder("log:");
    static { counter *= 3; LOG.append("main-static "); }
    static class Helper { static int base = counter + 100; static { LOG.append("helper-static "); } }
    public static void main(String[] args) {
        System.out.println(counter + " " + Helper.base + " " + LOG);
    }
}
