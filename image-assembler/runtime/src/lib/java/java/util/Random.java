package java.util;

/**
 * The JDK's linear congruential generator, as its documentation specifies it: a 48-bit seed, the
 * multiplier 0x5DEECE66D and the same derivations of ints, longs, doubles, floats, booleans, bytes and
 * Gaussians, so a seeded {@code Random} gives the same sequence as on HotSpot. Without a seed it is
 * seeded from a changing counter and the clock, as the JDK's is.
 */
public class Random {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** Creates a generator seeded differently from every other. */
    public Random() {
        this(nextSeedUniquifier() ^ System.nanoTime());
    }

    /** @param seed the initial seed */
    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long nextSeedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    private static long initialScramble(long seed) {
        return (seed ^ MULTIPLIER) & MASK;
    }

    /** @param seed the new seed, as if the generator had been created with it */
    public void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    /** @param bits how many random bits, 1 to 32 @return the next value with that many random low bits */
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    /** @param bytes filled with random bytes, four from each {@code nextInt} */
    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; ) {
            for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    /** @return a uniformly distributed int */
    public int nextInt() {
        return next(32);
    }

    /**
     * @param bound the upper bound, exclusive
     * @return a uniformly distributed int in [0, bound)
     * @throws IllegalArgumentException when bound is not positive
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
                // rejected: u fell in the incomplete last interval
            }
        }
        return r;
    }

    /**
     * @param origin the lower bound, inclusive @param bound the upper bound, exclusive
     * @return a uniformly distributed int in [origin, bound)
     * @throws IllegalArgumentException when origin is not below bound
     */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // rejected
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextInt();
            }
        }
        return r;
    }

    /** @return a uniformly distributed long, from two ints */
    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    /** @return true or false with equal probability */
    public boolean nextBoolean() {
        return next(1) != 0;
    }

    /** @return a uniformly distributed float in [0, 1) */
    public float nextFloat() {
        return next(24) * FLOAT_UNIT;
    }

    /** @return a uniformly distributed double in [0, 1) */
    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
    }

    /** @return a normally distributed double (mean 0, deviation 1), by the polar method */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
