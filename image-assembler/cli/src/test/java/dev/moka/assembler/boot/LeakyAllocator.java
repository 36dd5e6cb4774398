package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.mm.BitmapFrameAllocator;

/**
 * A deliberately wrong frame allocator, compiled into a test image: the bitmap allocator, except that
 * after its first {@value #HONEST_FREES} frees (enough for the kernel's boot checks) it keeps every
 * frame it is given back. A thread churn on it must see frames missing and fail the run.
 */
public final class LeakyAllocator implements FrameAllocator {
    /** Frees honoured before frames start to go missing. */
    static final int HONEST_FREES = 100;

    private final BitmapFrameAllocator frames = new BitmapFrameAllocator();
    private int frees;

    @Override
    public String name() {
        return "leaky";
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
        frees++;
        return frees > HONEST_FREES || frames.free(address);
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
