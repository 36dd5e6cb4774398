package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/** Recurses without bound in {@code init}, on the boot thread's stack: the guard below it must stop it. */
public final class RecursingAllocator implements FrameAllocator {
    private long depth;

    @Override
    public String name() {
        return "recursing";
    }

    @Override
    public void init(MemoryMap map) {
        depth = descend(map.regionCount());
    }

    private static long descend(long level) {
        return descend(level + 1) + level; // recurses here
    }

    @Override
    public long allocate() {
        return depth;
    }

    @Override
    public boolean free(long address) {
        return false;
    }

    @Override
    public long freeFrames() {
        return 0;
    }

    @Override
    public long totalFrames() {
        return 0;
    }
}
