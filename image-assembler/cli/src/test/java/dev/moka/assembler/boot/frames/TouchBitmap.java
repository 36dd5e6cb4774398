package dev.moka.assembler.boot.frames;

import dev.moka.kernel.mm.BitmapFrameAllocator;

/** {@link TouchEveryFrame} around the {@code bitmap} allocator. */
public final class TouchBitmap extends TouchEveryFrame {
    /** Wraps a new bitmap allocator. */
    public TouchBitmap() {
        super(new BitmapFrameAllocator());
    }
}
