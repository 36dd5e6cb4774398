package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@value #BATCH} frames allocated, then all of them freed in the order they were handed out, as a
 * kernel does when it builds and tears down an address space. Each invocation is counted as
 * {@value #BATCH} operations, so one operation is one frame allocated and later freed, comparable
 * with {@link SingleFrameBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FrameBatchBenchmark {
    /** Frames held at once in one invocation. */
    public static final int BATCH = 1024;

    /** Provider name, as an image config spells it. */
    @Param({"bitmap", "buddy"})
    public String allocator;

    /** Installed RAM of the simulated machine; see {@link BootMemoryMaps}. */
    @Param({BootMemoryMaps.RAM_128_MIB, BootMemoryMaps.RAM_1_GIB})
    public String memory;

    private FrameAllocator frames;
    private final long[] held = new long[BATCH];

    /** Builds a fresh allocator from the boot memory map, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        frames = FrameAllocators.initialised(allocator, BootMemoryMaps.named(memory));
    }

    /** @return the last frame handed out, so that the work cannot be optimised away */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long allocateThenFreeAll() {
        for (int i = 0; i < BATCH; i++) {
            held[i] = frames.allocate();
        }
        for (int i = 0; i < BATCH; i++) {
            frames.free(held[i]);
        }
        return held[BATCH - 1];
    }

    /** @return the allocator under measurement, for checks of the state left behind */
    FrameAllocator frames() {
        return frames;
    }

    /** @return a copy of the frames the last invocation held */
    long[] lastBatch() {
        return held.clone();
    }
}
