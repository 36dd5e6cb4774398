package dev.moka.assembler.boot.frames;

import dev.moka.kernel.mm.BuddyFrameAllocator;

/** {@link MeasuredInit} around the {@code buddy} allocator. */
public final class MeasuredBuddy extends MeasuredInit {
    /** Wraps a new buddy allocator. */
    public MeasuredBuddy() {
        super(new BuddyFrameAllocator());
    }
}
