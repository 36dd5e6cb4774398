package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * A deliberately wrong frame allocator, compiled into a test image: it hands out the same frame
 * every time, which the kernel's boot self-test must catch.
 */
public final class DoubleHandingAllocator implements FrameAllocator {
    private long frame;
    private long free;

    @Override
    public String name() {
        return "double-handing";
    }

    @Override
    public void init(MemoryMap map) {
        frame = 0x4000000;
        free = 1000;
    }

    @Override
    public long allocate() {
        free--;
        return frame;
    }

    @Override
    public boolean free(long address) {
        free++;
        return address == frame;
    }

    @Override
    public long freeFrames() {
        return free;
    }

    @Override
    public long totalFrames() {
        return 1000;
    }
}
