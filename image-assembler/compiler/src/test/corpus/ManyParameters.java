public class ManyParameters {
    static long mix(int a, long b, int c, long d, int e, long f, int g, long h, int i, long j, byte k, short l, char m, boolean n) {
        return a + 2 * b + 3L * c + 4 * d + 5L * e + 6 * f + 7L * g + 8 * h + 9L * i + 10 * j + 11L * k + 12L * l + 13L * m + (n ? 1000000 : -1000000);
    }
    long inst(long a, long b, long c, long d, long e, long f, long g, long h) { return ((((((a * 3 + b) * 3 + c) * 3 + d) * 3 + e) * 3 + f) * 3 + g) * 3 + h + base; }
    long base = 1L << 50;
    static String strs(String a, String b, String c, String d, String e, String f, String g, String h, String i) { return a + b + c + d + e + f + g + h + i; }
    static int order(int a, int b, int c, int d, int e, int f, int g, int h) { return a * 10000000 + b * 1000000 + c * 100000 + d * 10000 + e * 1000 + f * 100 + g * 10 + h; }
    public static void main(String[] args) {
        System.out.println(mix(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) -11, (short) 12, 'm', true));
        System.out.println(mix(-1, Long.MAX_VALUE, Integer.MIN_VALUE, -4, 5, 6, 7, 8, 9, Long.MIN_VALUE, (byte) 127, (short) -32768, '\uffff', false));
        System.out.println(new ManyParameters().inst(1, 2, 3, 4, 5, 6, 7, 8));
        System.out.println(strs("a", "b", "c", "d", "e", "f", "g", "h", "i"));
        System.out.println(order(1, 2, 3, 4, 5, 6, 7, 8) + " " + order(8, 7, 6, 5, 4, 3, 2, 1));
        int x = 3; System.out.println(order(x++, x++, x++, x++, x++, x++, x++, x++));
        long acc = 0; for (int i = 0; i < 100; i++) acc += mix(i, i, i, i, i, i, i, i, i, i, (byte) i, (short) i, (char) i, i % 2 == 0); System.out.println(acc);
    }
}
