package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;

/** Reads an address above the boot identity map in {@code init}: a page fault, which is a panic. */
public final class WildPointerAllocator implements FrameAllocator {
    /** Above the 4 GiB the boot code maps. */
    public static final long UNMAPPED = 0x1_2345_6000L;
    private long first;

    @Override
    public String name() {
        return "wild-pointer";
    }

    @Override
    public void init(MemoryMap map) {
        first = Magic.load64(UNMAPPED + map.regionCount() - map.regionCount()); // reads here
    }

    @Override
    public long allocate() {
        return first;
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
