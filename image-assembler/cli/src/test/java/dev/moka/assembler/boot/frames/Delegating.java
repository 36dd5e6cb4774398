package dev.moka.assembler.boot.frames;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/** Forwards every call to a real allocator; the test allocators here add to {@code init} only. */
abstract class Delegating implements FrameAllocator {
    /** The allocator looked at. */
    protected final FrameAllocator frames;

    /** @param frames the allocator looked at */
    protected Delegating(FrameAllocator frames) {
        this.frames = frames;
    }

    @Override
    public String name() {
        return frames.name();
    }

    @Override
    public void init(MemoryMap map) {
        frames.init(map);
    }

    @Override
    public long allocate() {
        return frames.allocate();
    }

    @Override
    public boolean free(long address) {
        return frames.free(address);
    }

    @Override
    public long freeFrames() {
        return frames.freeFrames();
    }

    @Override
    public long totalFrames() {
        return frames.totalFrames();
    }
}
