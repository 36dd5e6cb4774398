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

    /** @param rangeBytes bytes of the range to cover @return bytes of bitmap needed, a multiple of 8 */
    static long bytesFor(long rangeBytes) {
        return ((rangeBytes >>> 6) + 15) & ~7L;
    }

    /**
     * Places the bitmap over memory that is zero already, as a heap is when its plan starts.
     *
     * @param at         where the bitmap lives, 8-aligned, {@link #bytesFor} bytes, all zero
     * @param rangeStart first byte of the covered range, 8-aligned
     * @param rangeEnd   end of the covered range
     */
    void place(long at, long rangeStart, long rangeEnd) {
        bitmap = at;
        base = rangeStart;
        limit = rangeEnd;
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
