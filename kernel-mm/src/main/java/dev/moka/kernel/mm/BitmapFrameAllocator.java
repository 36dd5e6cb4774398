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
 * <p>Which frames are usable is decided by {@link UsableFrames}; memory above {@value
 * #MAX_MANAGED_ADDRESS} bytes is ignored, which bounds the bitmaps.
 */
public final class BitmapFrameAllocator implements FrameAllocator {
    /** Frames below this address are never handed out, whatever the map says (BIOS, real-mode IVT). */
    public static final long FIRST_ALLOCATABLE_ADDRESS = UsableFrames.FIRST_ALLOCATABLE_ADDRESS;
    /** Highest physical address (exclusive) the allocator manages: 64 GiB. */
    public static final long MAX_MANAGED_ADDRESS = UsableFrames.MAX_MANAGED_ADDRESS;

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
        managed = UsableFrames.of(map);
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
}
