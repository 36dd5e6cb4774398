package dev.moka.kernel.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * The one rule every allocator here follows for which frames it may hand out, computed once from the
 * boot memory map: a frame is usable when all of its 4 KiB lie in an available region, it touches no
 * reserved range and no region of another type, and it lies at or above {@link
 * #FIRST_ALLOCATABLE_ADDRESS} and below {@link #MAX_MANAGED_ADDRESS}.
 *
 * <p>The rule is applied to intervals, not frame by frame: the available regions (cut inward to whole
 * frames) are sorted and merged, so are the exclusions (cut outward), and one sweep subtracts the
 * second list from the first. The cost depends on the number of regions and reserved ranges only.
 */
public final class UsableFrames {
    /** Frames below this address are never handed out, whatever the map says (BIOS, real-mode IVT). */
    public static final long FIRST_ALLOCATABLE_ADDRESS = 0x100000;
    /** Highest physical address (exclusive) any allocator here manages: 64 GiB. */
    public static final long MAX_MANAGED_ADDRESS = 1L << 36;

    private static final long FRAME_SIZE = FrameAllocator.FRAME_SIZE;
    private static final long FIRST_FRAME = FIRST_ALLOCATABLE_ADDRESS / FRAME_SIZE;

    private UsableFrames() {
    }

    /**
     * @param map the boot memory map
     * @return the usable frames as sorted, disjoint runs; adjacent usable frames always share a run
     */
    public static FrameRuns of(MemoryMap map) {
        Intervals included = new Intervals(map.regionCount());
        Intervals excluded = new Intervals(map.regionCount() + map.reservedCount());
        for (int i = 0; i < map.regionCount(); i++) {
            long base = map.regionBase(i);
            long length = map.regionLength(i);
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                // Partial frames at either edge are left out.
                long from = ceilFrame(base < 0 ? 0 : base);
                included.add(from < FIRST_FRAME ? FIRST_FRAME : from, clampedEnd(base, length) / FRAME_SIZE);
            } else {
                exclude(excluded, base, length);
            }
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            exclude(excluded, map.reservedBase(i), map.reservedLength(i));
        }
        included.sortAndMerge();
        excluded.sortAndMerge();
        return subtract(included, excluded);
    }

    /** Adds every frame that overlaps {@code [base, base + length)} to the exclusions. */
    private static void exclude(Intervals excluded, long base, long length) {
        if (base < 0 || length <= 0 || base >= MAX_MANAGED_ADDRESS) {
            return;
        }
        excluded.add(base / FRAME_SIZE, ceilFrame(clampedEnd(base, length)));
    }

    /** Both lists sorted and merged; every exclusion ends before the next begins. */
    private static FrameRuns subtract(Intervals included, Intervals excluded) {
        // Each run ends at the end of an inclusion or at the start of an exclusion.
        int capacity = included.count + excluded.count;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int runs = 0;
        int skip = 0;
        for (int i = 0; i < included.count; i++) {
            long from = included.starts[i];
            long to = included.ends[i];
            while (skip < excluded.count && excluded.ends[skip] <= from) {
                skip++;
            }
            for (int x = skip; from < to && x < excluded.count && excluded.starts[x] < to; x++) {
                if (excluded.starts[x] > from) {
                    starts[runs] = (int) from;
                    ends[runs] = (int) excluded.starts[x];
                    runs++;
                }
                if (excluded.ends[x] > from) {
                    from = excluded.ends[x];
                }
            }
            if (from < to) {
                starts[runs] = (int) from;
                ends[runs] = (int) to;
                runs++;
            }
        }
        return new FrameRuns(starts, ends, runs);
    }

    /** @return {@code base + length}, cut to the managed range; {@code base} itself for odd lengths */
    private static long clampedEnd(long base, long length) {
        if (base < 0 || length <= 0) {
            return base < 0 ? 0 : base;
        }
        long end = base + length;
        if (end < base || end > MAX_MANAGED_ADDRESS) {
            return MAX_MANAGED_ADDRESS;
        }
        return end;
    }

    private static long ceilFrame(long address) {
        return (address + FRAME_SIZE - 1) / FRAME_SIZE;
    }

    /** A small list of frame intervals; a map holds a few dozen, so sorting by insertion is enough. */
    private static final class Intervals {
        final long[] starts;
        final long[] ends;
        int count;

        Intervals(int capacity) {
            starts = new long[capacity];
            ends = new long[capacity];
        }

        void add(long from, long to) {
            if (from < to) {
                starts[count] = from;
                ends[count] = to;
                count++;
            }
        }

        /** Sorts by start, then joins intervals that overlap or touch. */
        void sortAndMerge() {
            for (int i = 1; i < count; i++) {
                long start = starts[i];
                long end = ends[i];
                int j = i - 1;
                while (j >= 0 && starts[j] > start) {
                    starts[j + 1] = starts[j];
                    ends[j + 1] = ends[j];
                    j--;
                }
                starts[j + 1] = start;
                ends[j + 1] = end;
            }
            int merged = 0;
            for (int i = 0; i < count; i++) {
                if (merged > 0 && starts[i] <= ends[merged - 1]) {
                    if (ends[i] > ends[merged - 1]) {
                        ends[merged - 1] = ends[i];
                    }
                } else {
                    starts[merged] = starts[i];
                    ends[merged] = ends[i];
                    merged++;
                }
            }
            count = merged;
        }
    }
}
