package dev.moka.kernel.core.process;

import java.util.Arrays;

/**
 * The page ranges a process mapped with {@code mmap}, inside the area the kernel keeps for them:
 * where a new mapping fits, and which pages an {@code munmap} gives back. Bookkeeping only, in
 * page-aligned addresses; the pages themselves are the caller's business. Ranges are kept sorted,
 * disjoint and merged with their neighbours, so a process that maps and unmaps in any order keeps a
 * short list.
 */
final class MappedRegions {
    /** The page size. */
    static final long PAGE = 4096;

    private final long areaStart;
    private final long areaEnd;
    /** Range {@code i} is {@code [bounds[2i], bounds[2i + 1])}. */
    private long[] bounds = new long[8];
    private int count;

    /**
     * @param areaStart the lowest address a mapping may have, page aligned
     * @param areaEnd   the address after the highest page a mapping may have, page aligned
     */
    MappedRegions(long areaStart, long areaEnd) {
        if ((areaStart | areaEnd) % PAGE != 0 || areaStart >= areaEnd) {
            throw new IllegalArgumentException("bad mapping area");
        }
        this.areaStart = areaStart;
        this.areaEnd = areaEnd;
    }

    /** @return the lowest address a mapping may have */
    long areaStart() {
        return areaStart;
    }

    /** @return the address after the highest page a mapping may have */
    long areaEnd() {
        return areaEnd;
    }

    /**
     * Finds room for a mapping: at {@code hint} when the whole range fits in the area there and
     * overlaps no mapping, else at the lowest place it fits.
     *
     * @param hint   a page-aligned address, or 0 for none
     * @param length bytes, a positive multiple of the page size
     * @return the start of a free range of {@code length} bytes, or -1 when none is left
     */
    long place(long hint, long length) {
        if (length <= 0 || length > areaEnd - areaStart) {
            return -1;
        }
        if (hint >= areaStart && hint <= areaEnd - length && isFree(hint, hint + length)) {
            return hint;
        }
        long candidate = areaStart;
        for (int i = 0; i < count; i++) {
            if (bounds[2 * i] - candidate >= length) {
                return candidate;
            }
            candidate = bounds[2 * i + 1];
        }
        return areaEnd - candidate >= length ? candidate : -1;
    }

    /** @return whether {@code [start, end)} overlaps no mapping */
    boolean isFree(long start, long end) {
        for (int i = 0; i < count; i++) {
            if (bounds[2 * i] < end && start < bounds[2 * i + 1]) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the page at {@code address} is part of a mapping */
    boolean contains(long address) {
        for (int i = 0; i < count; i++) {
            if (address >= bounds[2 * i] && address < bounds[2 * i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a mapping.
     *
     * @param start page aligned, in the area
     * @param end   page aligned, after {@code start}, in the area; {@code [start, end)} must be free
     */
    void add(long start, long end) {
        if (start < areaStart || end > areaEnd || start >= end || (start | end) % PAGE != 0 || !isFree(start, end)) {
            throw new IllegalArgumentException("range not free in the area");
        }
        int at = 0;
        while (at < count && bounds[2 * at] < start) {
            at++;
        }
        boolean joinsPrevious = at > 0 && bounds[2 * at - 1] == start;
        boolean joinsNext = at < count && bounds[2 * at] == end;
        if (joinsPrevious && joinsNext) {
            bounds[2 * at - 1] = bounds[2 * at + 1];
            removeAt(at);
        } else if (joinsPrevious) {
            bounds[2 * at - 1] = end;
        } else if (joinsNext) {
            bounds[2 * at] = start;
        } else {
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            System.arraycopy(bounds, 2 * at, bounds, 2 * at + 2, 2 * (count - at));
            bounds[2 * at] = start;
            bounds[2 * at + 1] = end;
            count++;
        }
    }

    /**
     * Forgets every mapped page of {@code [start, end)}, splitting the mappings it cuts.
     *
     * @param start page aligned
     * @param end   page aligned, not below {@code start}
     * @return the ranges that were mapped, as start and end pairs, lowest first
     */
    long[] remove(long start, long end) {
        long[] removed = new long[2 * (count + 1)];
        int found = 0;
        int i = 0;
        while (i < count) {
            long low = bounds[2 * i];
            long high = bounds[2 * i + 1];
            if (high <= start || low >= end) {
                i++;
                continue;
            }
            removed[found++] = Math.max(low, start);
            removed[found++] = Math.min(high, end);
            if (low < start && high > end) {
                bounds[2 * i + 1] = start; // cut in the middle: the tail becomes a range of its own
                add(end, high);
                break;
            } else if (low < start) {
                bounds[2 * i + 1] = start;
                i++;
            } else if (high > end) {
                bounds[2 * i] = end;
                i++;
            } else {
                removeAt(i);
            }
        }
        return Arrays.copyOf(removed, found);
    }

    /** @return how many bytes are mapped */
    long mappedBytes() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += bounds[2 * i + 1] - bounds[2 * i];
        }
        return total;
    }

    /** @return the mappings as start and end pairs, lowest first */
    long[] ranges() {
        return Arrays.copyOf(bounds, 2 * count);
    }

    private void removeAt(int index) {
        System.arraycopy(bounds, 2 * index + 2, bounds, 2 * index, 2 * (count - index - 1));
        count--;
    }
}
