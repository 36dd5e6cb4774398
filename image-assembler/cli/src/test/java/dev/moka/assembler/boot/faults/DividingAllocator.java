package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/** Divides by zero in {@code init} and does not catch it: the kernel reports an uncaught exception. */
public final class DividingAllocator implements FrameAllocator {
    private long framesPerRegion;

    @Override
    public String name() {
        return "dividing";
    }

    @Override
    public void init(MemoryMap map) {
        framesPerRegion = 1_000_000L / (map.regionCount() - map.regionCount()); // divides here
    }

    @Override
    public long allocate() {
        return 0;
    }

    @Override
    public boolean free(long address) {
        return false;
    }

    @Override
    public long freeFrames() {
        return framesPerRegion;
    }

    @Override
    public long totalFrames() {
        return framesPerRegion;
    }
}
