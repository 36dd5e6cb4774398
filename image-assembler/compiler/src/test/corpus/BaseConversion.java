public class BaseConversion {
    static String toBase(long v, int base) { if (v == 0) return "0"; boolean neg = v < 0; StringBuilder sb = new StringBuilder(); while (v != 0) { int d = (int) (v % base); if (d < 0) d = -d; sb.append((char) (d < 10 ? '0' + d : 'a' + d - 10)); v /= base; } if (neg) sb.append('-'); StringBuilder r = new StringBuilder(); for (int i = sb.length() - 1; i >= 0; i--) r.append(sb.charAt(i)); return r.toString(); }
    static long fromBase(String s, int base) { long v = 0; boolean neg = s.charAt(0) == '-'; for (int i = neg ? 1 : 0; i < s.length(); i++) { char c = s.charAt(i); int d = c <= '9' ? c - '0' : c - 'a' + 10; v = v * base - d; } return neg ? v : -v; }
    public static void main(String[] args) {
        long[] vs = { 0, 1, -1, 255, -255, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 123456789 };
        int[] bases = { 2, 3, 8, 16, 36 };
        for (long v : vs) { StringBuilder sb = new StringBuilder(v + ":"); for (int b : bases) { String s = toBase(v, b); sb.append(' ').append(s); if (fromBase(s, b) != v) sb.append("(!)"); } System.out.println(sb); }
        for (int i : new int[] { 0, -1, 255, Integer.MIN_VALUE }) System.out.println(Integer.toString(i, 7) + " " + Integer.toHexString(i) + " " + Integer.toBinaryString(i).length());
    }
}
