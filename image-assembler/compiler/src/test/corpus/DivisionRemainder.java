public class DivisionRemainder {
    static int[] vals = { 7, -7, 1, -1, 0, 3, -3, 100, Integer.MAX_VALUE, Integer.MIN_VALUE };
    public static void main(String[] args) {
        int[] ds = { 2, -2, 3, -3, 7, -7, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            for (int d : ds) sb.append(a / d).append('/').append(a % d).append(' ');
            System.out.println(a + ": " + sb);
        }
        long[] lv = { 7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, 1000000000000L, -999999999999L };
        long[] ld = { 2L, -2L, 3L, -1L, 1000000007L, Long.MIN_VALUE };
        for (long a : lv) {
            StringBuilder sb = new StringBuilder();
            for (long d : ld) sb.append(a / d).append('/').append(a % d).append(' ');
            System.out.println(a + ": " + sb);
        }
    }
}
