public class LongComparisons {
    static String cmp(long a, long b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : ""); }
    static String ucmp(long a, long b) { long x = a + Long.MIN_VALUE, y = b + Long.MIN_VALUE; return x < y ? "u<" : x > y ? "u>" : "u="; }
    public static void main(String[] args) {
        long[] vs = { Long.MIN_VALUE, -1L << 32, -1, 0, 1, 1L << 31, 1L << 32, (1L << 32) - 1, Long.MAX_VALUE };
        for (long a : vs) { StringBuilder sb = new StringBuilder(); for (long b : vs) sb.append(cmp(a, b)).append('/').append(ucmp(a, b)).append(' '); System.out.println(sb); }
        int i = -1; long l = 0xFFFFFFFFL; System.out.println((i == l) + " " + ((i & 0xFFFFFFFFL) == l) + " " + (i < l));
        long m = Long.MIN_VALUE; System.out.println((m < 0) + " " + (m - 1 > 0) + " " + (Math.max(m, -m) == m) + " " + Math.min(3L, -3L));
    }
}
