package java.util;

/**
 * A growable vector of bits, stored in 64-bit words. Growth, {@code size()}, {@code hashCode} and
 * the index messages follow the JDK's class so that programs print the same.
 *
 * <p>Invariants: {@code words[wordsInUse - 1] != 0} when {@code wordsInUse > 0}, and every word at
 * or above {@code wordsInUse} is zero.
 */
public class BitSet implements Cloneable {
    private static final int ADDRESS_BITS_PER_WORD = 6;
    private static final int BITS_PER_WORD = 64;
    private static final long WORD_MASK = 0xffffffffffffffffL;

    private long[] words;
    private int wordsInUse;
    /** Set when the caller chose the size: clone then keeps it instead of trimming. */
    private boolean sizeIsSticky;

    /** Creates an empty set with room for 64 bits. */
    public BitSet() {
        words = new long[1];
    }

    /** @param nbits initial capacity in bits @throws NegativeArraySizeException when negative */
    public BitSet(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }

    private BitSet(long[] words) {
        this.words = words;
        this.wordsInUse = words.length;
    }

    /** @param longs bits, little-endian within and across words @return a new set holding them */
    public static BitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) {
            n--;
        }
        return new BitSet(Arrays.copyOf(longs, n));
    }

    /** @param bytes bits, little-endian within and across bytes @return a new set holding them */
    public static BitSet valueOf(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        long[] words = new long[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            words[i >> 3] |= (bytes[i] & 0xffL) << (8 * (i & 7));
        }
        return new BitSet(words);
    }

    /** @return the words up to the highest set bit */
    public long[] toLongArray() {
        return Arrays.copyOf(words, wordsInUse);
    }

    /** @return the bytes up to the highest set bit, little-endian */
    public byte[] toByteArray() {
        int len = (length() + 7) / 8;
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            bytes[i] = (byte) (words[i >> 3] >>> (8 * (i & 7)));
        }
        return bytes;
    }

    private static int wordIndex(int bitIndex) {
        return bitIndex >> ADDRESS_BITS_PER_WORD;
    }

    private void recalculateWordsInUse() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) {
            i--;
        }
        wordsInUse = i + 1;
    }

    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            int request = Math.max(2 * words.length, wordsRequired);
            words = Arrays.copyOf(words, request);
            sizeIsSticky = false;
        }
    }

    private void expandTo(int wordIndex) {
        int wordsRequired = wordIndex + 1;
        if (wordsInUse < wordsRequired) {
            ensureCapacity(wordsRequired);
            wordsInUse = wordsRequired;
        }
    }

    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        if (toIndex < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
        }
    }

    private static void checkBitIndex(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
    }

    /** @param bitIndex bit to invert */
    public void flip(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] ^= 1L << bitIndex;
        recalculateWordsInUse();
    }

    /** @param fromIndex first bit @param toIndex end, exclusive; inverts the range */
    public void flip(int fromIndex, int toIndex) {
        applyRange(fromIndex, toIndex, 2);
    }

    /** @param bitIndex bit to set */
    public void set(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] |= 1L << bitIndex;
    }

    /** @param bitIndex bit @param value its new value */
    public void set(int bitIndex, boolean value) {
        if (value) {
            set(bitIndex);
        } else {
            clear(bitIndex);
        }
    }

    /** @param fromIndex first bit @param toIndex end, exclusive; sets the range */
    public void set(int fromIndex, int toIndex) {
        applyRange(fromIndex, toIndex, 1);
    }

    /** @param fromIndex first bit @param toIndex end, exclusive @param value the range's new value */
    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) {
            set(fromIndex, toIndex);
        } else {
            clear(fromIndex, toIndex);
        }
    }

    /** Sets (1) or flips (2) the bits of a range. */
    private void applyRange(int fromIndex, int toIndex, int operation) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        int startWord = wordIndex(fromIndex);
        int endWord = wordIndex(toIndex - 1);
        expandTo(endWord);
        long firstMask = WORD_MASK << fromIndex;
        long lastMask = WORD_MASK >>> -toIndex;
        for (int w = startWord; w <= endWord; w++) {
            long mask = WORD_MASK;
            if (w == startWord) {
                mask &= firstMask;
            }
            if (w == endWord) {
                mask &= lastMask;
            }
            if (operation == 1) {
                words[w] |= mask;
            } else {
                words[w] ^= mask;
            }
        }
        recalculateWordsInUse();
    }

    /** @param bitIndex bit to clear */
    public void clear(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = wordIndex(bitIndex);
        if (w >= wordsInUse) {
            return;
        }
        words[w] &= ~(1L << bitIndex);
        recalculateWordsInUse();
    }

    /** @param fromIndex first bit @param toIndex end, exclusive; clears the range */
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        int startWord = wordIndex(fromIndex);
        if (startWord >= wordsInUse) {
            return;
        }
        int endWord = wordIndex(toIndex - 1);
        if (endWord >= wordsInUse) {
            toIndex = length();
            endWord = wordsInUse - 1;
        }
        long firstMask = WORD_MASK << fromIndex;
        long lastMask = WORD_MASK >>> -toIndex;
        for (int w = startWord; w <= endWord; w++) {
            long mask = WORD_MASK;
            if (w == startWord) {
                mask &= firstMask;
            }
            if (w == endWord) {
                mask &= lastMask;
            }
            words[w] &= ~mask;
        }
        recalculateWordsInUse();
    }

    /** Clears every bit. */
    public void clear() {
        while (wordsInUse > 0) {
            words[--wordsInUse] = 0;
        }
    }

    /** @param bitIndex bit @return its value */
    public boolean get(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = wordIndex(bitIndex);
        return w < wordsInUse && (words[w] & (1L << bitIndex)) != 0;
    }

    /** @param fromIndex first bit @param toIndex end, exclusive @return the range as a new set from bit 0 */
    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) {
            return new BitSet(0);
        }
        if (toIndex > len) {
            toIndex = len;
        }
        BitSet result = new BitSet(toIndex - fromIndex);
        for (int i = nextSetBit(fromIndex); i >= 0 && i < toIndex; i = nextSetBit(i + 1)) {
            int target = i - fromIndex;
            result.words[wordIndex(target)] |= 1L << target;
        }
        result.wordsInUse = result.words.length;
        result.recalculateWordsInUse();
        return result;
    }

    /** @param fromIndex where to start @return the first set bit at or after it, or -1 */
    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return -1;
        }
        long word = words[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return -1;
            }
            word = words[u];
        }
    }

    /** @param fromIndex where to start @return the first clear bit at or after it */
    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return wordsInUse * BITS_PER_WORD;
            }
            word = ~words[u];
        }
    }

    /** @param fromIndex where to start, -1 allowed @return the last set bit at or before it, or -1 */
    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return length() - 1;
        }
        long word = words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = words[u];
        }
    }

    /** @param fromIndex where to start, -1 allowed @return the last clear bit at or before it, or -1 */
    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = ~words[u];
        }
    }

    /** @return the index of the highest set bit plus one, or 0 */
    public int length() {
        if (wordsInUse == 0) {
            return 0;
        }
        return BITS_PER_WORD * (wordsInUse - 1)
                + (BITS_PER_WORD - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }

    /** @return whether no bit is set */
    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    /** @param set other bits @return whether any bit is set in both */
    public boolean intersects(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            if ((words[i] & set.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of set bits */
    public int cardinality() {
        int sum = 0;
        for (int i = 0; i < wordsInUse; i++) {
            sum += Long.bitCount(words[i]);
        }
        return sum;
    }

    /** @param set keeps only the bits also set there */
    public void and(BitSet set) {
        if (this == set) {
            return;
        }
        while (wordsInUse > set.wordsInUse) {
            words[--wordsInUse] = 0;
        }
        for (int i = 0; i < wordsInUse; i++) {
            words[i] &= set.words[i];
        }
        recalculateWordsInUse();
    }

    /** @param set adds its bits */
    public void or(BitSet set) {
        if (this == set) {
            return;
        }
        int wordsInCommon = Math.min(wordsInUse, set.wordsInUse);
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < wordsInCommon; i++) {
            words[i] |= set.words[i];
        }
        for (int i = wordsInCommon; i < set.wordsInUse; i++) {
            words[i] = set.words[i];
        }
    }

    /** @param set inverts the bits set there */
    public void xor(BitSet set) {
        int wordsInCommon = Math.min(wordsInUse, set.wordsInUse);
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < wordsInCommon; i++) {
            words[i] ^= set.words[i];
        }
        for (int i = wordsInCommon; i < set.wordsInUse; i++) {
            words[i] = set.words[i];
        }
        recalculateWordsInUse();
    }

    /** @param set clears the bits set there */
    public void andNot(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            words[i] &= ~set.words[i];
        }
        recalculateWordsInUse();
    }

    @Override
    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0;) {
            h ^= words[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
    }

    /** @return the number of bits of storage in use */
    public int size() {
        return words.length * BITS_PER_WORD;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet set)) {
            return false;
        }
        if (this == set) {
            return true;
        }
        if (wordsInUse != set.wordsInUse) {
            return false;
        }
        for (int i = 0; i < wordsInUse; i++) {
            if (words[i] != set.words[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return a copy; its storage is trimmed unless the size was chosen */
    public Object clone() {
        if (!sizeIsSticky && words.length != wordsInUse) {
            words = Arrays.copyOf(words, wordsInUse); // the JDK trims the original too
        }
        BitSet result = new BitSet(Arrays.copyOf(words, words.length));
        result.wordsInUse = wordsInUse;
        result.sizeIsSticky = sizeIsSticky;
        return result;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append('{');
        int i = nextSetBit(0);
        if (i != -1) {
            b.append(i);
            for (i = nextSetBit(i + 1); i >= 0; i = nextSetBit(i + 1)) {
                b.append(", ").append(i);
            }
        }
        return b.append('}').toString();
    }
}
