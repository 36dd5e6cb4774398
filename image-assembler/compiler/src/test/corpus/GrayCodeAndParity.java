public class GrayCodeAndParity {
    static int gray(int n) { return n ^ (n >>> 1); }
    static int ungray(int g) { int n = g; for (int s = 1; s < 32; s <<= 1) n ^= n >>> s; return n; }
    static int parity(long v) { v ^= v >>> 32; v ^= v >>> 16; v ^= v >>> 8; v ^= v >>> 4; v ^= v >>> 2; v ^= v >>> 1; return (int) (v & 1); }
    static int popLoop(long v) { int c = 0; while (v != 0) { v &= v - 1; c++; } return c; }
    static String bin(int v, int w) { StringBuilder sb = new StringBuilder(); for (int i = w - 1; i >= 0; i--) sb.append((v >>> i) & 1); return sb.toString(); }
    public static void main(String[] args) {
        for (int i = 0; i < 16; i++) System.out.println(i + " " + bin(gray(i), 4) + " " + ungray(gray(i)));
        int bad = 0; for (int i = -1000; i < 1000; i++) if (ungray(gray(i)) != i || Integer.bitCount(gray(i) ^ gray(i + 1)) != 1) bad++; System.out.println("bad " + bad);
        long[] vs = { 0, 1, 3, -1, Long.MIN_VALUE, 0x5555555555555555L, 1234567890123456789L };
        for (long v : vs) System.out.println(v + " parity " + parity(v) + " pop " + popLoop(v));
        int x = 0b101100; System.out.println((x & -x) + " " + (x & (x - 1)) + " " + (x | (x + 1)) + " " + (~x & (x + 1)));
    }
}
