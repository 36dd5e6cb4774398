package dev.moka.kernel.mm;

/**
 * One bit per frame, packed 64 to a {@code long}. Searches skip whole words, so finding a set bit
 * costs one comparison per 64 clear frames.
 */
public final class FrameBitmap {
    /** Returned by {@link #findSet} when no bit is set. */
    public static final int NONE = -1;

    private final long[] words;
    private final int bits;

    /** @param bits number of frames tracked, all clear at first */
    public FrameBitmap(int bits) {
        this.bits = bits < 0 ? 0 : bits;
        this.words = new long[(this.bits + 63) / 64];
    }

    /** @return number of frames tracked */
    public int size() {
        return bits;
    }

    /** @param bit a frame number below {@link #size()} @return whether its bit is set */
    public boolean get(int bit) {
        return (words[bit >>> 6] & (1L << (bit & 63))) != 0;
    }

    /** @param bit a frame number below {@link #size()} */
    public void set(int bit) {
        words[bit >>> 6] |= 1L << (bit & 63);
    }

    /** @param bit a frame number below {@link #size()} */
    public void clear(int bit) {
        words[bit >>> 6] &= ~(1L << (bit & 63));
    }

    /**
     * Sets or clears a run of bits; the run is cut to the bitmap.
     *
     * @param from  first bit
     * @param to    bit after the last
     * @param value true to set, false to clear
     */
    public void fill(long from, long to, boolean value) {
        long start = from < 0 ? 0 : from;
        long end = to > bits ? bits : to;
        for (long bit = start; bit < end; bit++) {
            if (value) {
                set((int) bit);
            } else {
                clear((int) bit);
            }
        }
    }

    /**
     * Finds the first set bit at or after {@code startBit}, wrapping around to the start once.
     *
     * @param startBit where the search starts; out-of-range values mean 0
     * @return a set bit, or {@link #NONE}
     */
    public int findSet(int startBit) {
        if (words.length == 0) {
            return NONE;
        }
        int start = startBit < 0 || startBit >= bits ? 0 : startBit;
        int first = start >>> 6;
        long atOrAfterStart = -1L << (start & 63);
        // The first word is visited twice: its bits from the start on, and after wrapping the rest.
        for (int step = 0; step <= words.length; step++) {
            int index = first + step;
            if (index >= words.length) {
                index -= words.length;
            }
            long word = words[index];
            if (step == 0) {
                word &= atOrAfterStart;
            } else if (step == words.length) {
                word &= ~atOrAfterStart;
            }
            if (word != 0) {
                return index * 64 + lowestSetBit(word);
            }
        }
        return NONE;
    }

    /** @return a bitmap of the same size with the same bits set */
    public FrameBitmap copy() {
        FrameBitmap copy = new FrameBitmap(bits);
        for (int i = 0; i < words.length; i++) {
            copy.words[i] = words[i];
        }
        return copy;
    }

    /** @return how many bits are set */
    public int count() {
        int total = 0;
        for (int i = 0; i < words.length; i++) {
            long word = words[i];
            while (word != 0) {
                word &= word - 1;
                total++;
            }
        }
        return total;
    }

    // A plain loop rather than Long.numberOfTrailingZeros: the kernel compiler need not know the
    // intrinsic, and a word is only searched once it is known to be non-zero.
    private static int lowestSetBit(long word) {
        int bit = 0;
        while ((word & (1L << bit)) == 0) {
            bit++;
        }
        return bit;
    }
}
