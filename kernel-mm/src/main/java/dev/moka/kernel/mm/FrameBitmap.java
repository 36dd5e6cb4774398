package dev.moka.kernel.mm;

/**
 * One bit per frame, packed 64 to a {@code long}, all clear at first. Fills and searches work a whole
 * word at a time: a search costs one comparison per 64 frames it skips.
 */
public final class FrameBitmap {
    /** Returned by {@link #findClear} when no bit is clear. */
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
     * Sets or clears a run of bits; the run is cut to the bitmap. Whole words are written at once, so
     * a run costs one store per 64 bits plus the two partial words at its ends.
     *
     * @param from  first bit
     * @param to    bit after the last
     * @param value true to set, false to clear
     */
    public void fill(long from, long to, boolean value) {
        long start = from < 0 ? 0 : from;
        long end = to > bits ? bits : to;
        if (start >= end) {
            return;
        }
        int first = (int) (start >>> 6);
        int last = (int) ((end - 1) >>> 6);
        long firstMask = -1L << (start & 63);
        long lastMask = -1L >>> (63 - ((end - 1) & 63));
        if (first == last) {
            apply(first, firstMask & lastMask, value);
            return;
        }
        apply(first, firstMask, value);
        long whole = value ? -1L : 0L;
        long[] w = words;
        for (int index = first + 1; index < last; index++) {
            w[index] = whole;
        }
        apply(last, lastMask, value);
    }

    private void apply(int index, long mask, boolean value) {
        if (value) {
            words[index] |= mask;
        } else {
            words[index] &= ~mask;
        }
    }

    /**
     * Finds a bit that is clear both here and in {@code other}, searching from {@code startBit} to
     * the end and then from the start, once around.
     *
     * @param other    a bitmap of the same size, such as the frames that are not managed at all
     * @param startBit where the search starts; out-of-range values mean 0
     * @return the first such bit in search order, or {@link #NONE}
     */
    public int findClear(FrameBitmap other, int startBit) {
        long[] mine = words;
        long[] theirs = other.words;
        int length = mine.length;
        if (length == 0) {
            return NONE;
        }
        int start = startBit < 0 || startBit >= bits ? 0 : startBit;
        int first = start >>> 6;
        long atOrAfterStart = -1L << (start & 63);
        // Bits past the end of the last word belong to no frame.
        long lastWordMask = (bits & 63) == 0 ? -1L : (1L << (bits & 63)) - 1;
        // The first word is visited twice: its bits from the start on, and after wrapping the rest.
        for (int step = 0; step <= length; step++) {
            int index = first + step;
            if (index >= length) {
                index -= length;
            }
            long word = ~(mine[index] | theirs[index]);
            if (index == length - 1) {
                word &= lastWordMask;
            }
            if (step == 0) {
                word &= atOrAfterStart;
            } else if (step == length) {
                word &= ~atOrAfterStart;
            }
            if (word != 0) {
                return index * 64 + lowestSetBit(word);
            }
        }
        return NONE;
    }

    /** @return how many bits are set; full and empty words cost one comparison each */
    public int count() {
        int total = 0;
        long[] w = words;
        int length = w.length;
        for (int i = 0; i < length; i++) {
            long word = w[i];
            if (word == -1L) {
                total += 64;
            } else if (word != 0) {
                total += bitCount(word);
            }
        }
        return total;
    }

    // Counts bits in parallel within the word (pairs, nibbles, bytes, then a multiply adds the bytes):
    // a fixed dozen operations, where clearing the lowest bit in a loop costs one round per set bit.
    private static int bitCount(long word) {
        long pairs = word - ((word >>> 1) & 0x5555555555555555L);
        long nibbles = (pairs & 0x3333333333333333L) + ((pairs >>> 2) & 0x3333333333333333L);
        long bytes = (nibbles + (nibbles >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
        return (int) ((bytes * 0x0101010101010101L) >>> 56);
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
