package dev.moka.kernel.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * A bitmap frame allocator: one bit per 4 KiB frame up to the highest available address, and a
 * next-fit cursor so that successive allocations walk forward through memory instead of rescanning
 * the busy low words every time.
 *
 * <p>Two bitmaps are kept: which frames the allocator manages at all (usable RAM), and which of
 * those are free now. The first lets {@link #free} tell a reserved or never-usable frame from an
 * allocated one and refuse it.
 *
 * <p>Memory above {@value #MAX_MANAGED_ADDRESS} bytes is ignored, which bounds the bitmaps.
 */
public final class BitmapFrameAllocator implements FrameAllocator {
    /** Frames below this address are never handed out, whatever the map says (BIOS, real-mode IVT). */
    public static final long FIRST_ALLOCATABLE_ADDRESS = 0x100000;
    /** Highest physical address (exclusive) the allocator manages: 64 GiB. */
    public static final long MAX_MANAGED_ADDRESS = 1L << 36;

    private FrameBitmap managed = new FrameBitmap(0);
    private FrameBitmap free = new FrameBitmap(0);
    private int cursor;
    private long freeCount;
    private long totalCount;

    @Override
    public String name() {
        return "bitmap";
    }

    @Override
    public void init(MemoryMap map) {
        int frames = (int) (highestAvailableAddress(map) / FRAME_SIZE);
        managed = new FrameBitmap(frames);
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                long base = map.regionBase(i);
                long end = clampedEnd(base, map.regionLength(i));
                managed.fill(ceilFrame(base), end / FRAME_SIZE, true);
            }
        }
        // Exclusions come after every inclusion: a reserved region overlapping an available one wins.
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) != MemoryMap.AVAILABLE) {
                exclude(map.regionBase(i), map.regionLength(i));
            }
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            exclude(map.reservedBase(i), map.reservedLength(i));
        }
        exclude(0, FIRST_ALLOCATABLE_ADDRESS);
        free = managed.copy();
        totalCount = managed.count();
        freeCount = totalCount;
        cursor = 0;
    }

    @Override
    public long allocate() {
        if (freeCount == 0) {
            return OUT_OF_MEMORY;
        }
        int frame = free.findSet(cursor);
        if (frame == FrameBitmap.NONE) {
            return OUT_OF_MEMORY;
        }
        free.clear(frame);
        freeCount--;
        cursor = frame + 1;
        return frame * FRAME_SIZE;
    }

    @Override
    public boolean free(long address) {
        if (address < 0 || address % FRAME_SIZE != 0 || address / FRAME_SIZE >= managed.size()) {
            return false;
        }
        int frame = (int) (address / FRAME_SIZE);
        if (!managed.get(frame) || free.get(frame)) {
            return false;
        }
        free.set(frame);
        freeCount++;
        return true;
    }

    @Override
    public long freeFrames() {
        return freeCount;
    }

    @Override
    public long totalFrames() {
        return totalCount;
    }

    /** Takes every frame that overlaps {@code [base, base + length)} out of the managed set. */
    private void exclude(long base, long length) {
        if (base < 0 || length <= 0 || base >= MAX_MANAGED_ADDRESS) {
            return;
        }
        long end = clampedEnd(base, length);
        managed.fill(base / FRAME_SIZE, ceilFrame(end), false);
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
