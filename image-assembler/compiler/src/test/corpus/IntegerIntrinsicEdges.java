import java.util.Random;

// The integer methods HotSpot (and Moka) replace with a few instructions, and the idioms compiled
// to single instructions: edge values one by one, then digests over a million seeded random
// arguments each, so that any difference from HotSpot's results changes a printed number.
public class IntegerIntrinsicEdges {
    static final int[] INTS = {0, 1, -1, 2, 3, 31, 32, 33, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x40000000,
        0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0x55555555, 0xaaaaaaaa, 123456789, -123456789};
    static final long[] LONGS = {0L, 1L, -1L, 2L, 3L, 63L, 64L, 0xffffffffL, 0x100000000L, 0x7fffffffL, 0x80000000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 0x5555555555555555L,
        0xaaaaaaaaaaaaaaaaL, 1L << 62, -(1L << 62), 1234567890123456789L, -1234567890123456789L};

    static long mix(long h, long v) {
        return (h ^ v) * 0x9E3779B97F4A7C15L + 7;
    }

    // The idioms, as javac compiles them.
    static long widen(int x) {
        return x & 0xFFFFFFFFL;
    }

    static long widenSwapped(int x) {
        return 0xFFFFFFFFL & (long) x;
    }

    static long widenReused(int x) {
        long signed = x;
        return (signed & 0xFFFFFFFFL) + signed;
    }

    static int less(int a, int b) {
        return a < b ? 1 : 0;
    }

    static int notLess(int a, int b) {
        return a < b ? 0 : 1;
    }

    static boolean atMost(long a, long b) {
        return a <= b;
    }

    static boolean greater(long a, long b) {
        return a > b;
    }

    static boolean equal(int a, int b) {
        return a == b;
    }

    static boolean positive(int a) {
        return a > 0;
    }

    static int borrow(long difference, long product) {
        return ((difference & 0xFFFFFFFFL) > ((~(int) product) & 0xFFFFFFFFL)) ? 1 : 0;
    }

    static String divide(long a, long b) {
        try {
            return Long.divideUnsigned(a, b) + "/" + Long.remainderUnsigned(a, b);
        } catch (ArithmeticException e) {
            return e.getMessage();
        }
    }

    static String divide(int a, int b) {
        try {
            return Integer.divideUnsigned(a, b) + "/" + Integer.remainderUnsigned(a, b);
        } catch (ArithmeticException e) {
            return e.getMessage();
        }
    }

    public static void main(String[] args) {
        for (int x : INTS) {
            System.out.println(Integer.toHexString(x) + ": nlz " + Integer.numberOfLeadingZeros(x) + " ntz "
                    + Integer.numberOfTrailingZeros(x) + " unsigned " + Integer.toUnsignedLong(x) + " " + widen(x) + " "
                    + widenSwapped(x) + " " + widenReused(x) + " positive " + positive(x));
        }
        for (long x : LONGS) {
            System.out.println(Long.toHexString(x) + ": nlz " + Long.numberOfLeadingZeros(x) + " ntz "
                    + Long.numberOfTrailingZeros(x));
        }
        for (long x : LONGS) {
            StringBuilder line = new StringBuilder(Long.toHexString(x)).append(':');
            for (long y : LONGS) {
                line.append(' ').append(Long.toHexString(Math.multiplyHigh(x, y))).append(',')
                        .append(Long.toHexString(Math.unsignedMultiplyHigh(x, y))).append(',')
                        .append(atMost(x, y) ? 'L' : '-').append(greater(x, y) ? 'G' : '-');
            }
            System.out.println(line);
        }
        for (long x : LONGS) {
            StringBuilder line = new StringBuilder(Long.toHexString(x)).append(" ÷");
            for (long y : LONGS) {
                line.append(' ').append(divide(x, y));
            }
            System.out.println(line);
        }
        for (int x : INTS) {
            StringBuilder line = new StringBuilder(Integer.toHexString(x)).append(" ÷");
            for (int y : INTS) {
                line.append(' ').append(divide(x, y)).append(less(x, y)).append(notLess(x, y))
                        .append(equal(x, y) ? "=" : "");
            }
            System.out.println(line);
        }
        Random random = new Random(20240607);
        long h = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int a = random.nextInt() >>> random.nextInt(32);
            int b = random.nextInt() >> random.nextInt(32);
            long x = random.nextLong() >>> random.nextInt(64);
            long y = random.nextLong() >> random.nextInt(64);
            h = mix(h, Integer.numberOfLeadingZeros(a) + 64 * Integer.numberOfTrailingZeros(b));
            h = mix(h, Long.numberOfLeadingZeros(x) + 128 * Long.numberOfTrailingZeros(y));
            h = mix(h, Math.multiplyHigh(x, y));
            h = mix(h, Math.unsignedMultiplyHigh(x, y));
            h = mix(h, widen(a) - widen(b) + widenReused(b));
            h = mix(h, less(a, b) + 2 * notLess(b, a) + (atMost(x, y) ? 4 : 0) + (greater(y, x) ? 8 : 0));
            h = mix(h, borrow(x, y));
            if (b != 0) {
                h = mix(h, Integer.divideUnsigned(a, b) + 31L * Integer.remainderUnsigned(b, a | 1));
            }
            if (y != 0) {
                h = mix(h, Long.divideUnsigned(x, y) ^ Long.remainderUnsigned(y, x | 1));
            }
        }
        System.out.println("digest " + Long.toHexString(h));
    }
}
