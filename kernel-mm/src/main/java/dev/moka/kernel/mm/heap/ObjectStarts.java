package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.magic.Magic;

/**
 * One bit per 8-byte granule of the collected range, set where an allocated object starts. It answers
 * "is this word the start of an object?" for the ambiguous roots of interrupted frames in constant
 * time, where a walk of the whole heap would otherwise be part of every pause. The plan sets a bit
 * when it hands out an object and the sweep clears it when the object dies; free chunks never have
 * one.
 */
final class ObjectStarts {
    private long bitmap;
    private long base;
    private long limit;
    /** The bitmap is cleared for the range below this address; above it, it is cleared on demand. */
    private long clearedTo;

    /** @param rangeBytes bytes of the range to cover @return bytes of bitmap needed, a multiple of 8 */
    static long bytesFor(long rangeBytes) {
        return ((rangeBytes >>> 6) + 15) & ~7L;
    }

    /**
     * Places the bitmap. Only the part covering memory the plan has used is ever cleared (see
     * {@link #coverUpTo}), so a large heap costs nothing at start.
     *
     * @param at         where the bitmap lives, 8-aligned, {@link #bytesFor} bytes
     * @param rangeStart first byte of the covered range, 8-aligned
     * @param rangeEnd   end of the covered range
     */
    void init(long at, long rangeStart, long rangeEnd) {
        bitmap = at;
        base = rangeStart;
        limit = rangeEnd;
        clearedTo = rangeStart;
    }

    /**
     * Clears the bitmap for the range up to {@code address} if it was not cleared yet: called when
     * the plan starts using memory it never used before.
     *
     * @param address end of the memory the plan uses, in the range
     */
    void coverUpTo(long address) {
        if (address <= clearedTo) {
            return;
        }
        long from = bitmap + (((clearedTo - base) >>> 9) << 3);
        long to = bitmap + ((((address - base) >>> 3) + 63) >>> 6 << 3);
        for (long p = from; p < to; p += 8) {
            Magic.store64(p, 0);
        }
        clearedTo = base + ((to - bitmap) << 6);
    }

    /** @param object an object's address in the range */
    void set(long object) {
        long index = (object - base) >>> 3;
        long word = bitmap + ((index >>> 6) << 3);
        Magic.store64(word, Magic.load64(word) | (1L << (index & 63)));
    }

    /** @param object an object's address in the range */
    void clear(long object) {
        long index = (object - base) >>> 3;
        long word = bitmap + ((index >>> 6) << 3);
        Magic.store64(word, Magic.load64(word) & ~(1L << (index & 63)));
    }

    /**
     * Clears the bits of a run the sweep found dead, a word at a time where it can.
     *
     * @param from first byte of the run, in the range
     * @param to   end of the run
     */
    void clearRange(long from, long to) {
        long first = (from - base) >>> 3;
        long last = (to - base) >>> 3;
        while (first < last && (first & 63) != 0) {
            clear(base + (first << 3));
            first++;
        }
        while (last - first >= 64) {
            Magic.store64(bitmap + ((first >>> 6) << 3), 0);
            first += 64;
        }
        while (first < last) {
            clear(base + (first << 3));
            first++;
        }
    }

    /** @param address any address @return whether an allocated object starts there */
    boolean isSet(long address) {
        if (address < base || address >= limit || (address & 7) != 0) {
            return false;
        }
        long index = (address - base) >>> 3;
        return (Magic.load64(bitmap + ((index >>> 6) << 3)) & (1L << (index & 63))) != 0;
    }
}
