public class BitOps {
    public static void main(String[] args) {
        int[] vs = { 0, 1, -1, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xF0F0F0F0, 96 };
        for (int v : vs) {
            System.out.println(v + ": bc=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v) + " rev=" + Integer.reverse(v)
                + " rb=" + Integer.reverseBytes(v) + " rl=" + Integer.rotateLeft(v, 5) + " rr=" + Integer.rotateRight(v, 37)
                + " sig=" + Integer.signum(v));
            System.out.println("  hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v)
                + " u=" + Integer.toUnsignedString(v) + " ul=" + Integer.toUnsignedLong(v));
        }
        int a = 0b1011_0110, b = 0b0110_1101;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a) + " " + (a & ~b));
        long la = 0xFFFF0000FFFF0000L, lb = 0x0F0F0F0F0F0F0F0FL;
        System.out.println((la & lb) + " " + (la | lb) + " " + (la ^ lb) + " " + (~la));
        System.out.println(Long.toHexString(la & lb) + " " + Long.toHexString(~lb) + " " + Long.toHexString(-1L) + " " + Long.toHexString(0));
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 7));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(12345, 36));
        System.out.println(Integer.parseInt("-12345") + " " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("+77"));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.sum(4, 5) + " " + Integer.max(-3, -9) + " " + Integer.hashCode(42));
    }
}
