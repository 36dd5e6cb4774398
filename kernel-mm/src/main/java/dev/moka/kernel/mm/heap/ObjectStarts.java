package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.magic.Magic;

/**
 * One bit per 8-byte granule of the collected range, set where an allocated object starts. It answers
 * "is this word the start of an object?" for the ambiguous roots of interrupted frames, and for the
 * heap verifier. Where no frame can be interrupted (a Linux executable), allocation keeps no record
 * of it: compiled code bumps through a region inline, and recording each object it made there cost
 * programs that allocate much (one walk over every new object) what nothing uses, so the bitmap is
 * built by one walk over the heap when a collection needs it ({@link #rebuild}). In a kernel, whose
 * preempted threads leave ambiguous roots in every collection, the plan keeps it up to date as it
 * goes instead ({@link #set}, {@link #clearRange}, {@link #coverUpTo}).
 */
final class ObjectStarts {
    private long bitmap;
    private long base;
    /** The end of the part that is recorded: no object starts above it. */
    private long builtTo;
    /** The bitmap is cleared for the range below this address. */
    private long clearedTo;

    /** @param rangeBytes bytes of the range to cover @return bytes of bitmap needed, a multiple of 8 */
    static long bytesFor(long rangeBytes) {
        return ((rangeBytes >>> 6) + 15) & ~7L;
    }

    /**
     * Places the bitmap. Only the part covering memory the plan has used is ever written (by
     * {@link #rebuild}), so a large heap costs nothing at start.
     *
     * @param at         where the bitmap lives, 8-aligned, {@link #bytesFor} bytes of the range
     * @param rangeStart first byte of the covered range, 8-aligned
     */
    void init(long at, long rangeStart) {
        bitmap = at;
        base = rangeStart;
        builtTo = rangeStart;
        clearedTo = rangeStart;
    }

    /**
     * Extends the recorded part up to {@code address}, clearing the bitmap there if it was not
     * cleared yet: called when the plan starts using memory it never used before.
     *
     * @param address end of the memory the plan uses, in the range
     */
    void coverUpTo(long address) {
        if (address > clearedTo) {
            long from = bitmap + (((clearedTo - base) >>> 9) << 3);
            long to = bitmap + ((((address - base) >>> 3) + 63) >>> 6 << 3);
            for (long p = from; p < to; p += 8) {
                Magic.store64(p, 0);
            }
            clearedTo = base + ((to - bitmap) << 6);
        }
        if (address > builtTo) {
            builtTo = address;
        }
    }

    private void clear(long object) {
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

    /** @param object an object's address in the recorded part of the range */
    void set(long object) {
        long index = (object - base) >>> 3;
        long word = bitmap + ((index >>> 6) << 3);
        Magic.store64(word, Magic.load64(word) | (1L << (index & 63)));
    }

    /**
     * Records the start of every object from the start of the range up to {@code to}, a walkable
     * run of objects and free chunks back to back, and clears every other bit of that part.
     *
     * @param to end of the run
     */
    void rebuild(long to) {
        long words = bitmap + ((((to - base) >>> 3) + 63) >>> 6 << 3);
        for (long p = bitmap; p < words; p += 8) {
            Magic.store64(p, 0);
        }
        for (long p = base; p < to; p += HeapVerifier.sizeAt(p)) {
            if (!HeapVerifier.isFreeChunk(p)) {
                set(p);
            }
        }
        builtTo = to;
        // Bits above were left by earlier records: the part above counts as not cleared again.
        clearedTo = base + ((words - bitmap) << 6);
    }

    /** @param address any address @return whether an allocated object started there at the last {@link #rebuild} */
    boolean isSet(long address) {
        if (address < base || address >= builtTo || (address & 7) != 0) {
            return false;
        }
        long index = (address - base) >>> 3;
        return (Magic.load64(bitmap + ((index >>> 6) << 3)) & (1L << (index & 63))) != 0;
    }
}
