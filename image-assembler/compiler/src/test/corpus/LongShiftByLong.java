public class LongShiftByLong {
    public static void main(String[] args) {
        long v = 0x0123456789ABCDEFL;
        for (long s = -2; s <= 130; s += 11) System.out.println(s + ": " + (v << s) + " " + (v >> s) + " " + (v >>> s) + " " + (1 << s) + " " + (-1 >>> s));
        int i = 0x7FFF0001; long sh = 33; System.out.println((i << sh) + " " + (i >> sh) + " " + (i >>> sh));
        long mask = 0; for (int b = 0; b < 64; b += 9) mask |= 1L << b; System.out.println(Long.toHexString(mask) + " " + mask);
        long rot = v; for (int r = 0; r < 5; r++) { rot = (rot << 8) | (rot >>> 56); System.out.println(Long.toHexString(rot)); }
        byte b = (byte) 0x81; long wide = b; long zext = b & 0xFFL; System.out.println(wide + " " + zext + " " + (wide << 60) + " " + (zext << 56));
    }
}
