package dev.moka.assembler.boot.frames;

import dev.moka.kernel.mm.BitmapFrameAllocator;

/** {@link MeasuredInit} around the {@code bitmap} allocator. */
public final class MeasuredBitmap extends MeasuredInit {
    /** Wraps a new bitmap allocator. */
    public MeasuredBitmap() {
        super(new BitmapFrameAllocator());
    }
}
