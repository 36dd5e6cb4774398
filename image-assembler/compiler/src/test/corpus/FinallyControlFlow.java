public class FinallyControlFlow {
    static StringBuilder log = new StringBuilder();
    @SuppressWarnings("finally")
    static int swallow() { try { throw new RuntimeException("lost"); } finally { return 5; } }
    static int nested() {
        int x = 0;
        try { try { x += 1; return x; } finally { x += 10; log.append("inner-finally x=").append(x).append(' '); } }
        finally { x += 100; log.append("outer-finally x=").append(x).append(' '); }
    }
    static void throwInFinally() { try { throw new IllegalStateException("first"); } finally { throw new IllegalArgumentException("second"); } }
    public static void main(String[] args) {
        System.out.println(swallow());
        System.out.println(nested() + " " + log);
        try { throwInFinally(); } catch (RuntimeException e) { System.out.println("got " + e.getMessage()); }
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                try { if (j == 1) continue; if (j == 2 && i == 2) break outer; if (j == 3) break; sb.append(i).append(j).append(' '); }
                finally { sb.append('f'); }
            }
            sb.append('|');
        }
        System.out.println(sb);
        int k = 0; do { try { k++; if (k == 2) continue; } finally { k += 10; } } while (k < 30); System.out.println(k);
    }
}
