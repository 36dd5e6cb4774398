package dev.moka.kernel.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * The one rule every allocator here follows for which frames it may hand out, computed once from the
 * boot memory map: a frame is usable when all of its 4 KiB lie in one available region, it touches no
 * reserved range and no region of another type, and it lies at or above {@link
 * #FIRST_ALLOCATABLE_ADDRESS} and below {@link #MAX_MANAGED_ADDRESS}.
 */
public final class UsableFrames {
    /** Frames below this address are never handed out, whatever the map says (BIOS, real-mode IVT). */
    public static final long FIRST_ALLOCATABLE_ADDRESS = 0x100000;
    /** Highest physical address (exclusive) any allocator here manages: 64 GiB. */
    public static final long MAX_MANAGED_ADDRESS = 1L << 36;

    private static final long FRAME_SIZE = FrameAllocator.FRAME_SIZE;

    private UsableFrames() {
    }

    /**
     * @param map the boot memory map
     * @return one bit per frame from address 0 to the end of the highest available region, set for
     *         the usable frames
     */
    public static FrameBitmap of(MemoryMap map) {
        int frames = (int) (highestAvailableAddress(map) / FRAME_SIZE);
        FrameBitmap usable = new FrameBitmap(frames);
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                long base = map.regionBase(i);
                long end = clampedEnd(base, map.regionLength(i));
                usable.fill(ceilFrame(base), end / FRAME_SIZE, true);
            }
        }
        // Exclusions come after every inclusion: a reserved region overlapping an available one wins.
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) != MemoryMap.AVAILABLE) {
                exclude(usable, map.regionBase(i), map.regionLength(i));
            }
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            exclude(usable, map.reservedBase(i), map.reservedLength(i));
        }
        exclude(usable, 0, FIRST_ALLOCATABLE_ADDRESS);
        return usable;
    }

    /** Takes every frame that overlaps {@code [base, base + length)} out of the usable set. */
    private static void exclude(FrameBitmap usable, long base, long length) {
        if (base < 0 || length <= 0 || base >= MAX_MANAGED_ADDRESS) {
            return;
        }
        long end = clampedEnd(base, length);
        usable.fill(base / FRAME_SIZE, ceilFrame(end), false);
    }

    private static long highestAvailableAddress(MemoryMap map) {
        long top = 0;
        for (int i = 0; i < map.regionCount(); i++) {
            long base = map.regionBase(i);
            if (map.regionType(i) == MemoryMap.AVAILABLE && base >= 0 && base < MAX_MANAGED_ADDRESS) {
                long end = clampedEnd(base, map.regionLength(i));
                if (end > top) {
                    top = end;
                }
            }
        }
        return top;
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
}
