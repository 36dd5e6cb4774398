public class ShiftDistances {
    public static void main(String[] args) {
        int x = 0x80000001;
        int[] ds = { 0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100 };
        for (int d : ds) {
            System.out.println("int d=" + d + " shl=" + (x << d) + " shr=" + (x >> d) + " ushr=" + (x >>> d));
        }
        long y = 0x8000000000000001L;
        for (int d : ds) {
            System.out.println("long d=" + d + " shl=" + (y << d) + " shr=" + (y >> d) + " ushr=" + (y >>> d));
        }
        long z = -1L;
        System.out.println((z >>> 1) + " " + (z >>> 63) + " " + (z >>> 64) + " " + (z << 65));
        int m = -1;
        System.out.println((m >>> 1) + " " + (m >>> 31) + " " + (m >>> 32) + " " + (1 << 31));
        long d = 40;
        System.out.println((1L << d) + " " + (1 << (int) d));
        byte b = -128; System.out.println((b >> 1) + " " + (b >>> 1) + " " + (byte) (b >>> 1));
        char c = '\uffff'; System.out.println((c >> 4) + " " + (c << 20));
        short s = -2; System.out.println((s >>> 28) + " " + (short) (s << 15));
        int acc = 1; for (int i = 0; i < 70; i += 7) { acc ^= (acc << i) ^ (acc >>> (i + 3)); System.out.println(i + ":" + acc); }
    }
}
