// Arithmetic with constant operands (immediates, shifts with masked counts, divisions and
// remainders by powers of two, by 1, -1 and other constants, at the extremes of int and long), and
// locals that exception handlers read after the values were reassigned in the same block.
public class ConstantOperandArithmetic {
    static final int[] INTS = {0, 1, -1, 7, -7, 8, -8, 1000003, -1000003, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MIN_VALUE + 1, 65535, -65536};
    static final long[] LONGS = {0L, 1L, -1L, 7L, -7L, 1L << 40, -(1L << 40) - 3, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1, 123456789012345L};

    static int ints(int x) {
        int h = x / 2 + x % 2 + x / 8 + x % 8 - x / -1 + x % -1 + x / 1 + x % 1;
        h = h * 31 + (x / 1024) + (x % 1024) + (x / 7) + (x % 7) + (x / -16) + (x % -16) + (x / -3) + (x % -3);
        h ^= (x << 33) + (x >> 31) + (x >>> 28) + (x << 0) + (x >> 32) + (x >>> -1);
        h += (x & 0xff) | (x ^ 0x5a5a) + (x | 7) - 100 + (x * -3) + (12 * x);
        return h;
    }

    static long longs(long x) {
        long h = x / 2 + x % 2 + x / 1024 + x % 1024 - x / -1 + x % -1 + x / 1L + x % 1L;
        h = h * 31 + x / 1000 + x % 1000 + x / -64 + x % -64 + (x / 1073741824L) + (x % 1073741824L);
        h ^= (x << 65) + (x >> 63) + (x >>> 60) + (x << 3) + (x >> 64) + (x >>> -1);
        h += (x & 0xffL) | (x ^ 0x5a5aL) + (x | 7L) - 100L + (x * -3L) + (12L * x) + (x + 4294967296L);
        return h;
    }

    static int handlerSeesLatest(int[] data, int limit) {
        int last = -1;
        int i = 0;
        try {
            while (true) {
                last = i * 3;
                last = last + data[i];
                i++;
                if (i > limit) {
                    return last;
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return last * 1000 + i;
        }
    }

    public static void main(String[] args) {
        long total = 0;
        for (int x : INTS) {
            System.out.println("int " + x + " -> " + ints(x));
            total += ints(x);
        }
        for (long x : LONGS) {
            System.out.println("long " + x + " -> " + longs(x));
            total ^= longs(x);
        }
        System.out.println("total " + total);
        System.out.println(handlerSeesLatest(new int[] {5, 6, 7}, 10));
        System.out.println(handlerSeesLatest(new int[] {5, 6, 7}, 1));
        int zero = args.length;
        System.out.println(10 / zero);
    }
}
