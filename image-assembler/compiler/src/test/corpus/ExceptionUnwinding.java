public class ExceptionUnwinding {
    static int depthReached;
    static void recurse(int n, int failAt) { depthReached = n; if (n == failAt) throw new IllegalStateException("at " + n); recurse(n + 1, failAt); }
    static long sumWithGuards(int[] data) {
        long s = 0;
        for (int i = 0; i <= data.length + 2; i++) {
            try { s += 100 / data[i]; }
            catch (ArithmeticException e) { s -= 1; }
            catch (ArrayIndexOutOfBoundsException e) { s += 1000; }
        }
        return s;
    }
    public static void main(String[] args) {
        try { recurse(0, 500); } catch (IllegalStateException e) { System.out.println(e.getMessage() + " depth " + depthReached); }
        System.out.println(sumWithGuards(new int[] { 1, 0, 3, 0, 7 }));
        int caught = 0;
        for (int i = 0; i < 1000; i++) { try { if (i % 3 == 0) throw new RuntimeException(); caught += 0; } catch (RuntimeException e) { caught++; } }
        System.out.println("caught " + caught);
        try { try { throw new IllegalArgumentException("inner"); } finally { System.out.println("inner finally"); } }
        catch (RuntimeException e) { System.out.println("outer " + e.getMessage()); }
        try { try { throw new IllegalArgumentException("first"); } catch (IllegalArgumentException e) { throw new UnsupportedOperationException("second"); } }
        catch (UnsupportedOperationException e) { System.out.println("replaced by " + e.getMessage()); }
    }
}
