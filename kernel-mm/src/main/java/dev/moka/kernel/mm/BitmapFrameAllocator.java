package dev.moka.kernel.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * A bitmap frame allocator: one bit per 4 KiB frame up to the last usable frame, and a next-fit
 * cursor so that successive allocations walk forward through memory instead of rescanning the busy
 * low words every time.
 *
 * <p>Two bitmaps are kept: which frames the allocator does not manage (holes, reserved ranges, the
 * first MiB), and which managed frames are handed out now; a frame is free when its bit is clear in
 * both. The first lets {@link #free} tell a reserved or never-usable frame from an allocated one and
 * refuse it. Both start clear, as new arrays are, so {@code init} only writes the holes between the
 * usable runs: its cost follows the memory map, not the amount of RAM.
 *
 * <p>The last {@value #RECENT} frames freed are kept on a stack and handed out first, newest first:
 * a process's frames go back when it ends and the next process takes them without a search, which
 * otherwise skips every busy word between the cursor and the next free frame.
 *
 * <p>Which frames are usable is decided by {@link UsableFrames}; memory above {@value
 * #MAX_MANAGED_ADDRESS} bytes is ignored, which bounds the bitmaps.
 */
public final class BitmapFrameAllocator implements FrameAllocator {
    /** Frames below this address are never handed out, whatever the map says (BIOS, real-mode IVT). */
    public static final long FIRST_ALLOCATABLE_ADDRESS = UsableFrames.FIRST_ALLOCATABLE_ADDRESS;
    /** Highest physical address (exclusive) the allocator manages: 64 GiB. */
    public static final long MAX_MANAGED_ADDRESS = UsableFrames.MAX_MANAGED_ADDRESS;

    private FrameBitmap unmanaged = new FrameBitmap(0);
    private FrameBitmap taken = new FrameBitmap(0);
    private int cursor;
    /** How many recently freed frames are remembered. */
    static final int RECENT = 256;
    private final int[] recent = new int[RECENT];
    private int recentCount;
    private long freeCount;
    private long totalCount;

    @Override
    public String name() {
        return "bitmap";
    }

    @Override
    public void init(MemoryMap map) {
        FrameRuns usable = UsableFrames.of(map);
        unmanaged = new FrameBitmap(usable.limit());
        taken = new FrameBitmap(usable.limit());
        int holeStart = 0;
        for (int i = 0; i < usable.count(); i++) {
            unmanaged.fill(holeStart, usable.start(i), true);
            holeStart = usable.end(i);
        }
        totalCount = usable.frames();
        freeCount = totalCount;
        cursor = 0;
        recentCount = 0;
    }

    @Override
    public long allocate() {
        if (freeCount == 0) {
            return OUT_OF_MEMORY;
        }
        while (recentCount > 0) {
            int frame = recent[--recentCount];
            if (!taken.get(frame)) { // it may have gone through the search meanwhile
                taken.set(frame);
                freeCount--;
                return frame * FRAME_SIZE;
            }
        }
        int frame = taken.findClear(unmanaged, cursor);
        if (frame == FrameBitmap.NONE) {
            return OUT_OF_MEMORY;
        }
        taken.set(frame);
        freeCount--;
        cursor = frame + 1;
        return frame * FRAME_SIZE;
    }

    @Override
    public boolean free(long address) {
        if (address < 0 || address % FRAME_SIZE != 0 || address / FRAME_SIZE >= taken.size()) {
            return false;
        }
        int frame = (int) (address / FRAME_SIZE);
        if (unmanaged.get(frame) || !taken.get(frame)) {
            return false;
        }
        taken.clear(frame);
        freeCount++;
        if (recentCount < RECENT) {
            recent[recentCount++] = frame;
        }
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
