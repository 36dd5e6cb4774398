package dev.moka.kernel.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.testkit.mm.FrameAllocatorContract;

/** The bitmap allocator keeps the frame allocator contract; it has no policy rules beyond it. */
class BitmapFrameAllocatorContractTest extends FrameAllocatorContract {
    @Override
    protected FrameAllocator newAllocator() {
        return new BitmapFrameAllocator();
    }
}
