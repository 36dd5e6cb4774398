package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
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
 * One frame allocated and freed again, over and over: the steady-state cost of the cheapest
 * round trip through the SPI. One operation is one {@code allocate} plus one {@code free}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SingleFrameBenchmark {
    /** Provider name, as an image config spells it. */
    @Param({"bitmap", "buddy"})
    public String allocator;

    /** Installed RAM of the simulated machine; see {@link BootMemoryMaps}. */
    @Param({BootMemoryMaps.RAM_128_MIB, BootMemoryMaps.RAM_1_GIB})
    public String memory;

    private FrameAllocator frames;

    /** Builds a fresh allocator from the boot memory map, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        frames = FrameAllocators.initialised(allocator, BootMemoryMaps.named(memory));
    }

    /** @return the frame handed out, so that the work cannot be optimised away */
    @Benchmark
    public long allocateAndFree() {
        long frame = frames.allocate();
        frames.free(frame);
        return frame;
    }

    /** @return the allocator under measurement, for checks of the state left behind */
    FrameAllocator frames() {
        return frames;
    }
}
