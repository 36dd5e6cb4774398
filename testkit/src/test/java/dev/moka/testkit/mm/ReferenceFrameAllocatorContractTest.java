package dev.moka.testkit.mm;

import dev.moka.kernel.api.mm.FrameAllocator;

/** The kit passes a correct allocator: its checks do not fail on allocators that keep the contract. */
class ReferenceFrameAllocatorContractTest extends FrameAllocatorContract {
    @Override
    protected FrameAllocator newAllocator() {
        return new ReferenceFrameAllocator();
    }
}
