package dev.moka.assembler.boot.frames;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * Wraps a real allocator; after its {@code init}, takes every frame it hands out, writes to the
 * first and last word of each through the boot page tables and reads them back, then frees them all
 * and prints {@code touched <N> frames}. A frame the kernel cannot reach page-faults, which panics;
 * one that reads back wrong prints {@code touch failed at <address>} instead.
 *
 * <p>The frames held are chained through their own first words, so the check needs no heap.
 */
public abstract class TouchEveryFrame extends Delegating {
    private static final long LAST_WORD = FRAME_SIZE - 8;
    private static final long END_OF_CHAIN = 0;

    /** @param frames the allocator checked */
    protected TouchEveryFrame(FrameAllocator frames) {
        super(frames);
    }


    @Override
    public void init(MemoryMap map) {
        frames.init(map);
        long chain = END_OF_CHAIN;
        long touched = 0;
        long bad = -1;
        for (long frame = frames.allocate(); frame != OUT_OF_MEMORY; frame = frames.allocate()) {
            Magic.store64(frame, chain);
            Magic.store64(frame + LAST_WORD, ~frame);
            if (bad < 0 && (Magic.load64(frame) != chain || Magic.load64(frame + LAST_WORD) != ~frame)) {
                bad = frame;
            }
            chain = frame;
            touched++;
        }
        while (chain != END_OF_CHAIN) {
            long next = Magic.load64(chain);
            frames.free(chain);
            chain = next;
        }
        if (bad >= 0) {
            System.err.println("touch failed at " + Long.toHexString(bad));
        }
        System.err.println("touched " + touched + " frames");
    }
}
