package dev.moka.assembler.boot.frames;

import dev.moka.kernel.mm.BuddyFrameAllocator;

/** {@link TouchEveryFrame} around the {@code buddy} allocator. */
public final class TouchBuddy extends TouchEveryFrame {
    /** Wraps a new buddy allocator. */
    public TouchBuddy() {
        super(new BuddyFrameAllocator());
    }
}
