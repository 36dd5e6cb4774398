package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.mm.BitmapFrameAllocator;

/**
 * A working allocator whose {@code init} first divides by zero and reads the null page, catches
 * both exceptions and prints them with their traces; the boot must then go on normally.
 */
public final class RecoveringAllocator implements FrameAllocator {
    private final BitmapFrameAllocator frames = new BitmapFrameAllocator();

    @Override
    public String name() {
        return "recovering";
    }

    @Override
    public void init(MemoryMap map) {
        try {
            System.err.println("quotient " + divide(map.regionCount(), map.regionCount() - map.regionCount()));
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        try {
            System.err.println("word " + readNullPage(8 * map.regionCount()));
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        frames.init(map);
    }

    private static int divide(int a, int b) {
        return a / b; // divides here
    }

    private static long readNullPage(long address) {
        return Magic.load64(address); // reads here
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
