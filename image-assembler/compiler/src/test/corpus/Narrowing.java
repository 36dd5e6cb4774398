public class Narrowing {
    public static void main(String[] args) {
        int[] vals = { 0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 70000, -70000, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int v : vals) {
            byte b = (byte) v; short s = (short) v; char c = (char) v;
            System.out.println(v + " -> byte " + b + " short " + s + " char " + (int) c + " back " + (b + s + c));
        }
        long[] lv = { 4294967296L, 4294967295L, -4294967297L, Long.MAX_VALUE, Long.MIN_VALUE, 0x1234567890ABCDEFL };
        for (long v : lv) {
            System.out.println(v + " -> int " + (int) v + " byte " + (byte) v + " short " + (short) v + " char " + (int) (char) v);
        }
        byte b = 127; b++; System.out.println("b++ " + b);
        b += 200; System.out.println("b+=200 " + b);
        short s = 32767; s += 1; System.out.println("s+=1 " + s);
        char c = 65535; c++; System.out.println("c++ " + (int) c);
        c = 'A'; c += 2; System.out.println("c " + c);
        c--; System.out.println("c-- " + c + " " + (c + 1) + " " + (char) (c + 1));
        byte x = (byte) 0xF0; System.out.println((x & 0xFF) + " " + x + " " + (x >> 2) + " " + ((x & 0xFF) >> 2));
        short neg = (short) 0x8000; System.out.println(neg + " " + (char) neg + "|" + (int) (char) neg);
        int i = 'z' - 'a'; System.out.println(i);
        b = (byte) (100 * 3); System.out.println(b);
    }
}
