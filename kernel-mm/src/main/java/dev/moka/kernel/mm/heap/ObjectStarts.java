package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.magic.Magic;

/**
 * One bit per 8-byte granule of the collected range, set where an allocated object starts. It answers
 * "is this word the start of an object?" for the ambiguous roots of interrupted frames, and for the
 * heap verifier. Allocation keeps no record of it: compiled code bumps through a region inline, and
 * recording each object it made there cost programs that allocate much (one walk over every new
 * object) what only collections that meet an interrupted frame use. So the bitmap is built when a
 * collection first needs it, by one walk over the heap, which is walkable then.
 */
final class ObjectStarts {
    private long bitmap;
    private long base;
    /** The end of the part the last {@link #rebuild} covered: no object starts above it. */
    private long builtTo;

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
    }

    private void set(long object) {
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
