public class FormatIntegersAndText {
    static void f(String fmt, Object... args) {
        try {
            System.out.println(fmt + " => [" + String.format(fmt, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(fmt + " => " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%d|%5d|%-5d|%05d|%+d|% d|%(d|%,d", 42, 42, 42, 42, 42, 42, -42, 1234567);
        f("%d %d %d %d", (byte) -5, (short) 300, -7, Long.MIN_VALUE);
        f("%,d %,d %,015d %(,d %+,d", 999, -1000, -1234567, -9876543210L, 1000000);
        f("%x %X %o %#x %#X %#o %08x %#010x", 255, 255, 8, 255, 255, 8, 48879, 48879);
        f("%x %x %x %x %o", -1, (byte) -1, (short) -2, -1L, -8);
        f("%s|%10s|%-10s|%.3s|%10.2s|%S", "hello", "hi", "hi", "abcdef", "xyz", "MiXed");
        f("%s %s %s", null, new int[0].length, java.util.List.of(1, 2));
        f("%b %b %b %B %5b %.2b", true, null, "x", false, true, true);
        f("%c%c%c %C %3c|%-3c|", 'a', 66, (byte) 67, 'd', 'e', 'f');
        f("%c", 0x1F600);
        f("%h %H %h", "hi", "hi", null);
        f("%2$s %1$s %2$s %<s %s %s", "a", "b");
        f("%n%%|%5%|%-5%|");
        f("no args at all");
        f("%s %<s %<S", "again");
        f("%d", "notanumber");
        f("%c", "str");
        f("%c", -1);
        f("%d %d", 1);
        f("%q", 1);
        f("%", 1);
        f("%5", 1);
        f("%.d", 1);
        f("%-d", 1);
        f("%-05d", 1);
        f("%+ d", 1);
        f("%#d", 1);
        f("%,x", 1);
        f("%.2d", 1);
        f("%--5d", 1);
        f("%0s", "x");
        f("%#s", "x");
        f("%-s", "x");
        f("%5n");
        f("%.2%");
        f("%0$s", "x");
        f("%<s", "x");
        f("%3$s", "a", "b");
        f("%(x", -1);
        f("%+o", 1);
        f("%f", 1);
        f("%d", 1.5);
        f("%D", 1);
        f("%99999999999d", 1);
        f("%s", (Object) null);
        System.out.println(String.format("%-8s|%8s|%08.3f|%+.1e", "left", "right", -3.14159, 12345.678));
        System.out.println("%s=%d".formatted("x", 5) + " " + String.format("[%5s][%-5s]", true, 'c'));
        StringBuilder table = new StringBuilder();
        String[] names = {"apple", "kiwi", "watermelon"};
        int[] counts = {3, 12, 7};
        double[] prices = {0.5, 0.25, 3.999};
        for (int i = 0; i < names.length; i++) table.append(String.format("%-12s%4d%10.2f%n", names[i], counts[i], counts[i] * prices[i]));
        System.out.print(table);
        java.util.Formatter fm = new java.util.Formatter();
        fm.format("%d-%s", 1, "a").format("|%x", 255);
        System.out.println(fm.toString());
    }
}
