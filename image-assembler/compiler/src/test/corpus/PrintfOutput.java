public class PrintfOutput {
    public static void main(String[] args) {
        System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 19.989);
        System.out.printf("%-6s|%6s|%n", "ab", "cd").printf("chained %x%n", 3054);
        System.out.format("%05.1f%%%n", 42.25);
        System.err.printf("warning: %s (%d)%n", "low disk", 7);
        System.out.printf("no specifiers%n");
        System.out.printf("%s %s%n", "only one", null);
        try {
            System.out.printf("before %d and after %d%n", 1);
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println();
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.printf("text %d %y%n", 1, 2);
        } catch (java.util.UnknownFormatConversionException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.printf("x=%d y=%d%n", 1, "two");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println();
            System.out.println("caught " + e.getMessage() + " " + e.getConversion());
        }
        System.out.printf("%3$s %1$s %2$s%n", "a", "b", "c");
        System.out.printf("%08.3f|%+,d|%o%n", -2.5, 1234567, 64);
        System.out.printf("%s", "no newline at end ");
        System.out.printf("%d%n", Long.MAX_VALUE);
        System.out.printf("%.3s|%-4c|%b%n", "truncate", 'z', "nonnull");
        System.out.printf("%d %s", 1, "end");
        System.out.println();
        System.out.printf("%1$d %1$x %1$o %1$c%n", 65);
        System.out.printf("%,d%n", -5 / 2);
    }
}
