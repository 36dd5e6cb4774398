public class TryFinallyOrder {
    static StringBuilder log = new StringBuilder();
    static int f(int mode) {
        try {
            log.append("try").append(mode).append(' ');
            if (mode == 1) return 10;
            if (mode == 2) throw new RuntimeException("m2");
            if (mode == 3) { int[] a = new int[1]; return a[mode]; }
            log.append("body-end ");
        } catch (ArrayIndexOutOfBoundsException e) {
            log.append("catch-aioobe ");
            return 30;
        } finally {
            log.append("finally").append(mode).append(' ');
        }
        return 0;
    }
    @SuppressWarnings("finally")
    static int override() { try { return 1; } finally { return 2; } }
    static int finallyChangesLocal() { int x = 1; try { return x; } finally { x = 99; } }
    public static void main(String[] args) {
        for (int m = 0; m < 4; m++) {
            log.setLength(0);
            try { int r = f(m); log.append("r=").append(r); } catch (RuntimeException e) { log.append("outer-caught ").append(e.getMessage()); }
            System.out.println(log);
        }
        System.out.println(override() + " " + finallyChangesLocal());
        int count = 0;
        for (int i = 0; i < 5; i++) { try { if (i % 2 == 0) continue; count += 10; if (i == 3) break; } finally { count++; } }
        System.out.println("count " + count);
    }
}
