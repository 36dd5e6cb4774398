package dev.moka.kernel.core;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * Boot-time check that a frame allocator hands out frames that are aligned, usable, distinct, and
 * that it takes them back: a misbehaving allocator stops the boot before anything relies on it.
 */
final class FrameSelfTest {
    private FrameSelfTest() {
    }

    /** @return null when the allocator behaved, else what went wrong */
    static String run(FrameAllocator frames, MemoryMap map, int count) {
        long freeBefore = frames.freeFrames();
        long[] taken = new long[count];
        for (int i = 0; i < count; i++) {
            long frame = frames.allocate();
            if (frame == FrameAllocator.OUT_OF_MEMORY) {
                return "out of memory after " + i + " frames";
            }
            if (frame % FrameAllocator.FRAME_SIZE != 0) {
                return "unaligned frame " + Long.toHexString(frame);
            }
            if (!map.isUsable(frame) || !map.isUsable(frame + FrameAllocator.FRAME_SIZE - 1)) {
                return "frame " + Long.toHexString(frame) + " is reserved or not RAM";
            }
            for (int j = 0; j < i; j++) {
                if (taken[j] == frame) {
                    return "frame " + Long.toHexString(frame) + " handed out twice";
                }
            }
            taken[i] = frame;
        }
        if (frames.freeFrames() != freeBefore - count) {
            return "free count did not drop by " + count;
        }
        for (int i = 0; i < count; i++) {
            if (!frames.free(taken[i])) {
                return "free of " + Long.toHexString(taken[i]) + " refused";
            }
        }
        if (frames.free(taken[0])) {
            return "double free of " + Long.toHexString(taken[0]) + " accepted";
        }
        if (frames.freeFrames() != freeBefore) {
            return "free count not restored";
        }
        return null;
    }
}
