public class NestedTryInLoops {
    static int parseOr(String s, int dflt) { try { return Integer.parseInt(s); } catch (NumberFormatException e) { return dflt; } }
    public static void main(String[] args) {
        String[] in = { "12", "x", "-7", "", "2147483647", "2147483648", "0x10", "+5" };
        int total = 0;
        for (String s : in) { int v = parseOr(s, -1); total += v; System.out.println("[" + s + "] -> " + v); }
        System.out.println("total " + total);
        int[] data = { 5, 0, 3, 0, 1 };
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            try {
                try { log.append(100 / data[i]); }
                catch (ArithmeticException e) { log.append("D"); if (i == 3) throw new IllegalStateException("three"); }
                finally { log.append(';'); }
            } catch (ArrayIndexOutOfBoundsException e) { log.append("OOB;"); }
            catch (IllegalStateException e) { log.append("ISE:").append(e.getMessage()).append(';'); }
        }
        System.out.println(log);
    }
}
