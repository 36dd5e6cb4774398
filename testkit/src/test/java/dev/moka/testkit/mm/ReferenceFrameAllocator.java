package dev.moka.testkit.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The simplest allocator that keeps the contract, for checking the kit itself: a stack of the usable
 * frames, found by asking the map about every frame. Far too slow and too java.util-bound for the
 * kernel. The broken allocators the kit must catch are small changes to it.
 */
class ReferenceFrameAllocator implements FrameAllocator {
    /** Highest address considered; the kit's maps stay below it. */
    static final long LIMIT = 64L << 20;

    final Deque<Long> free = new ArrayDeque<>();
    final Set<Long> handedOut = new HashSet<>();
    private long total;

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public void init(MemoryMap map) {
        free.clear();
        handedOut.clear();
        for (long frame = LIMIT - FRAME_SIZE; frame >= 0; frame -= FRAME_SIZE) {
            if (wholeFrameUsable(map, frame)) {
                free.push(frame);
            }
        }
        total = free.size();
    }

    private static boolean wholeFrameUsable(MemoryMap map, long frame) {
        boolean inOneRegion = false;
        for (int i = 0; i < map.regionCount(); i++) {
            long base = map.regionBase(i);
            long end = base + map.regionLength(i);
            boolean overlaps = base < frame + FRAME_SIZE && frame < end;
            if (map.regionType(i) != MemoryMap.AVAILABLE && overlaps) {
                return false;
            }
            inOneRegion |= map.regionType(i) == MemoryMap.AVAILABLE && base <= frame && frame + FRAME_SIZE <= end;
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            long base = map.reservedBase(i);
            if (base < frame + FRAME_SIZE && frame < base + map.reservedLength(i)) {
                return false;
            }
        }
        return inOneRegion;
    }

    @Override
    public long allocate() {
        if (free.isEmpty()) {
            return OUT_OF_MEMORY;
        }
        long frame = free.pop();
        handedOut.add(frame);
        return frame;
    }

    @Override
    public boolean free(long address) {
        if (!handedOut.remove(address)) {
            return false;
        }
        free.push(address);
        return true;
    }

    @Override
    public long freeFrames() {
        return free.size();
    }

    @Override
    public long totalFrames() {
        return total;
    }
}
