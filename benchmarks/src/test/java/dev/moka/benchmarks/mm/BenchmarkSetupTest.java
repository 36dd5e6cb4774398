package dev.moka.benchmarks.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs each benchmark's setup and its measured method the way JMH would, for every allocator and
 * memory size it is parameterised with, and checks what the allocator handed out. It keeps the
 * benchmarks from rotting unnoticed, since {@code verify} compiles them but never runs JMH.
 */
class BenchmarkSetupTest {
    private static final long FRAME = FrameAllocator.FRAME_SIZE;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"bitmap, 128MiB", "bitmap, 1GiB", "buddy, 128MiB", "buddy, 1GiB"})
    void singleFrameRoundTripHandsOutAUsableFrameAndTakesItBack(String allocator, String memory) {
        SingleFrameBenchmark benchmark = new SingleFrameBenchmark();
        benchmark.allocator = allocator;
        benchmark.memory = memory;
        benchmark.setUp();
        FrameAllocator frames = benchmark.frames();
        assertEquals(allocator, frames.name());

        long frame = benchmark.allocateAndFree();

        assertUsable(BootMemoryMaps.named(memory), frame, FRAME);
        assertEquals(frames.totalFrames(), frames.freeFrames());
        assertFalse(frames.free(frame), "the benchmark already freed the frame");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"bitmap, 128MiB", "bitmap, 1GiB", "buddy, 128MiB", "buddy, 1GiB"})
    void batchHoldsDistinctUsableFramesAndFreesThemAll(String allocator, String memory) {
        FrameBatchBenchmark benchmark = new FrameBatchBenchmark();
        benchmark.allocator = allocator;
        benchmark.memory = memory;
        benchmark.setUp();
        FrameAllocator frames = benchmark.frames();
        assertEquals(allocator, frames.name());

        long last = benchmark.allocateThenFreeAll();

        long[] batch = benchmark.lastBatch();
        assertEquals(batch[FrameBatchBenchmark.BATCH - 1], last);
        assertDistinctAndUsable(BootMemoryMaps.named(memory), batch);
        assertEquals(frames.totalFrames(), frames.freeFrames());
        assertFalse(frames.free(batch[0]), "the benchmark already freed the batch");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"bitmap, 128MiB", "bitmap, 1GiB", "buddy, 128MiB", "buddy, 1GiB"})
    void mixedPatternKeepsItsHeldFramesDistinctAndAccounted(String allocator, String memory) {
        MixedPatternBenchmark benchmark = new MixedPatternBenchmark();
        benchmark.allocator = allocator;
        benchmark.memory = memory;
        benchmark.setUp();
        FrameAllocator frames = benchmark.frames();
        assertEquals(allocator, frames.name());
        MemoryMap map = BootMemoryMaps.named(memory);

        long first = benchmark.step();
        assertUsable(map, first, FRAME);
        for (int i = 1; i < 2 * MixedPatternBenchmark.POOL; i++) {
            benchmark.step();
        }

        long[] held = benchmark.heldFrames();
        assertTrue(held.length <= MixedPatternBenchmark.POOL);
        assertDistinctAndUsable(map, held);
        assertEquals(frames.totalFrames() - held.length, frames.freeFrames());
    }

    @Test
    void mixedPatternMakesTheSameDecisionsForEveryAllocator() {
        int[] heldAfter = new int[2];
        String[] allocators = {"bitmap", "buddy"};
        for (int a = 0; a < allocators.length; a++) {
            MixedPatternBenchmark benchmark = new MixedPatternBenchmark();
            benchmark.allocator = allocators[a];
            benchmark.memory = BootMemoryMaps.RAM_128_MIB;
            benchmark.setUp();
            for (int i = 0; i < MixedPatternBenchmark.DRAWS; i++) {
                benchmark.step();
            }
            heldAfter[a] = benchmark.heldFrames().length;
        }
        assertEquals(heldAfter[0], heldAfter[1]);
    }

    @ParameterizedTest(name = "order {0} on {1}")
    @CsvSource({"0, 128MiB", "4, 128MiB", "9, 128MiB", "0, 1GiB", "9, 1GiB"})
    void contiguousBlockIsAlignedUsableAndFreedAgain(int order, String memory) {
        ContiguousBlockBenchmark benchmark = new ContiguousBlockBenchmark();
        benchmark.order = order;
        benchmark.memory = memory;
        benchmark.setUp();
        FrameAllocator frames = benchmark.buddy();

        long block = benchmark.allocateAndFreeBlock();

        long length = FRAME << order;
        assertEquals(0, block % length, "block aligned to its size");
        assertUsable(BootMemoryMaps.named(memory), block, length);
        assertEquals(frames.totalFrames(), frames.freeFrames());
        assertFalse(benchmark.buddy().freeOrder(block, order), "the benchmark already freed the block");
    }

    @Test
    void bothAllocatorsManageEveryFrameOfRamAboveTheKernelImageAndBelowTheFirmwareTail() {
        long mib = 1L << 20;
        long expected = (128 * mib - 128 * 1024 - (1 + BootMemoryMaps.KERNEL_IMAGE_MIB) * mib) / FRAME;
        for (String allocator : new String[] {"bitmap", "buddy"}) {
            FrameAllocator frames = FrameAllocators.initialised(allocator, BootMemoryMaps.named("128MiB"));
            assertEquals(expected, frames.totalFrames(), allocator);
        }
    }

    private static void assertDistinctAndUsable(MemoryMap map, long[] frames) {
        Set<Long> distinct = new HashSet<>();
        for (long frame : frames) {
            assertUsable(map, frame, FRAME);
            assertTrue(distinct.add(frame), () -> "frame 0x" + Long.toHexString(frame) + " handed out twice in "
                    + Arrays.toString(frames));
        }
    }

    private static void assertUsable(MemoryMap map, long start, long length) {
        assertEquals(0, start % FRAME, () -> "unaligned frame 0x" + Long.toHexString(start));
        assertTrue(LongStream.iterate(start, a -> a < start + length, a -> a + FRAME)
                        .allMatch(a -> map.isUsable(a) && map.isUsable(a + FRAME - 1)),
                () -> "not usable RAM: 0x" + Long.toHexString(start) + " + " + length);
    }
}
