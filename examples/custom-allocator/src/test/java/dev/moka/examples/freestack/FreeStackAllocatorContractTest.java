package dev.moka.examples.freestack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.testkit.mm.FrameAllocatorContract;
import net.jqwik.api.Example;

/**
 * The free-stack allocator against Moka's frame allocator contract kit (random memory maps, random
 * chains of allocations and frees, every usable frame once, nothing else freed), plus its own promise:
 * the frame freed last is the next one handed out.
 */
class FreeStackAllocatorContractTest extends FrameAllocatorContract {
    @Override
    protected FrameAllocator newAllocator() {
        return new FreeStackAllocator();
    }

    @Example
    void theFrameFreedLastComesBackFirst() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 8L << 20, MemoryMap.AVAILABLE);
        map.reserve(0, 2L << 20);
        FreeStackAllocator allocator = new FreeStackAllocator();
        allocator.init(map);
        assertEquals(2L << 20, allocator.allocate(), "the lowest usable frame comes out first");
        long second = allocator.allocate();
        long third = allocator.allocate();
        allocator.free(second);
        allocator.free(third);
        assertEquals(third, allocator.allocate());
        assertEquals(second, allocator.allocate());
    }
}
