public class ExceptionsCaught {
    static class MyEx extends RuntimeException { final int code; MyEx(String m, int code) { super(m); this.code = code; } }
    static int depth(int n) { if (n == 0) throw new MyEx("bottom", 42); return depth(n - 1) + 1; }
    static int divide(int a, int b) { return a / b; }
    static String tryFinally(int x) {
        StringBuilder sb = new StringBuilder();
        try { sb.append("try;"); if (x > 0) return sb.append("ret;").toString(); }
        finally { sb.append("finally;"); }
        return sb.toString();
    }
    public static void main(String[] args) {
        int kept = 7; long big = 1234567890123L;
        try { depth(10); } catch (MyEx e) { System.out.println("caught " + e.getMessage() + " " + e.code + " kept " + kept + " " + big); }
        try { divide(1, 0); } catch (ArithmeticException e) { System.out.println("arith: " + e.getMessage()); }
        int[] a = new int[3];
        try { a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aioobe: " + e.getMessage()); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("cce"); }
        String s = null;
        try { s.length(); } catch (NullPointerException e) { System.out.println("npe caught"); }
        try { int[] neg = new int[-3]; } catch (NegativeArraySizeException e) { System.out.println("nase: " + e.getMessage()); }
        System.out.println(tryFinally(1) + " " + tryFinally(0));
        for (int i = 0; i < 3; i++) {
            try { try { if (i == 1) throw new IllegalStateException("inner " + i); System.out.println("ok " + i); } finally { System.out.println("fin " + i); } }
            catch (IllegalStateException e) { System.out.println("outer caught " + e.getMessage()); }
        }
        try { throw new Error("err"); } catch (RuntimeException e) { System.out.println("wrong"); } catch (Throwable t) { System.out.println("throwable " + t); }
        System.out.println("done " + kept);
    }
}
