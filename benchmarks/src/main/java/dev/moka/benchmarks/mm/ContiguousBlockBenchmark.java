package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.mm.BuddyFrameAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One block of 2<sup>order</sup> contiguous, size-aligned frames allocated and freed again. The
 * {@link FrameAllocator} SPI hands out single frames only, so this measures the one provider with
 * a block interface, {@code buddy}, still found through the SPI by name. There is no bitmap
 * counterpart to compare with. One operation is one block allocated and freed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContiguousBlockBenchmark {
    /** The provider with block allocation. */
    public static final String PROVIDER = "buddy";

    /** Block size as a power of two of frames: order 9 is 2 MiB, one large page. */
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    public int order;

    /** Installed RAM of the simulated machine; see {@link BootMemoryMaps}. */
    @Param({BootMemoryMaps.RAM_128_MIB, BootMemoryMaps.RAM_1_GIB})
    public String memory;

    private BuddyFrameAllocator buddy;

    /**
     * Builds a fresh buddy allocator from the boot memory map, once per trial.
     *
     * @throws IllegalStateException when the provider named {@value #PROVIDER} has no block interface
     */
    @Setup(Level.Trial)
    public void setUp() {
        FrameAllocator found = FrameAllocators.initialised(PROVIDER, BootMemoryMaps.named(memory));
        if (!(found instanceof BuddyFrameAllocator blocks)) {
            throw new IllegalStateException("provider \"" + PROVIDER + "\" is " + found.getClass().getName()
                    + ", which allocates no blocks");
        }
        buddy = blocks;
    }

    /** @return the first frame of the block, so that the work cannot be optimised away */
    @Benchmark
    public long allocateAndFreeBlock() {
        long block = buddy.allocateOrder(order);
        buddy.freeOrder(block, order);
        return block;
    }

    /** @return the allocator under measurement, for checks of the state left behind */
    BuddyFrameAllocator buddy() {
        return buddy;
    }
}
