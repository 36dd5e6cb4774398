public class ConstantDivisors {
    public static void main(String[] args) {
        int[] vs = { 0, 1, -1, 7, -7, 8, -8, 15, -15, 16, -16, 100, -100, 12345, -12345, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1 };
        for (int v : vs) {
            System.out.println(v + ": /2=" + v / 2 + " %2=" + v % 2 + " /3=" + v / 3 + " %3=" + v % 3 + " /8=" + v / 8 + " %8=" + v % 8 + " /-8=" + v / -8 + " %-8=" + v % -8
                + " /7=" + v / 7 + " %7=" + v % 7 + " /10=" + v / 10 + " %10=" + v % 10 + " /1=" + v / 1 + " /-1=" + v / -1 + " %-1=" + v % -1 + " /65536=" + v / 65536 + " %1024=" + v % 1024);
        }
        long[] ls = { 0, -1, 9, -9, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, -(1L << 40) - 3 };
        for (long v : ls) {
            System.out.println(v + ": /2=" + v / 2 + " %2=" + v % 2 + " /3=" + v / 3 + " %3=" + v % 3 + " /16=" + v / 16 + " %16=" + v % 16 + " /-1=" + v / -1 + " /1000000007=" + v / 1000000007L + " %1000000007=" + v % 1000000007L + " /4294967296=" + v / 4294967296L);
        }
        int x = -37; System.out.println((x >> 2) + " " + (x / 4) + " " + (x >>> 30) + " " + (x & 3) + " " + (x * 8) + " " + (x * -1) + " " + (x * 0) + " " + (x * 1024));
    }
}
