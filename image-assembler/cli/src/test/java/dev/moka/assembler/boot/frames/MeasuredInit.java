package dev.moka.assembler.boot.frames;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * Wraps a real allocator and prints {@code frames: init <N> ticks}, the time-stamp counter difference
 * around its {@code init}. Run with {@code -icount shift=0}, QEMU advances the counter by one per guest
 * instruction, so N is the number of instructions {@code init} took.
 */
public abstract class MeasuredInit extends Delegating {
    /** What the wrapper prints before the figure. */
    public static final String PREFIX = "frames: init ";

    /** @param frames the allocator measured */
    protected MeasuredInit(FrameAllocator frames) {
        super(frames);
    }


    @Override
    public void init(MemoryMap map) {
        long began = Magic.rdtsc();
        frames.init(map);
        long took = Magic.rdtsc() - began;
        System.err.println(PREFIX + took + " ticks");
    }
}
