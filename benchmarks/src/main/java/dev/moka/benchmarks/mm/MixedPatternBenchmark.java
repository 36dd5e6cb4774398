package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.Arrays;
import java.util.SplittableRandom;
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
 * A random mix of allocations and frees of single frames, from a fixed seed so that every run and
 * every allocator sees the same sequence of decisions.
 *
 * <p>Up to {@value #POOL} frames are held at once; the trial starts with half of them held. Each
 * step allocates a frame or frees a randomly chosen held one with equal odds (it must allocate when
 * nothing is held and free when the pool is full), so frees come back in an order unrelated to
 * allocation and memory fragments as it does under a real workload. One operation is one step.
 *
 * <p>The random draws are made in {@link #setUp} and replayed in a cycle, so the measurement holds
 * no random-number generation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MixedPatternBenchmark {
    /** Seed of the decision sequence. */
    public static final long SEED = 0x6d6f6b61L;
    /** Most frames held at once. */
    public static final int POOL = 4096;
    /** Length of the replayed decision sequence; a power of two. */
    static final int DRAWS = 1 << 16;

    /** Provider name, as an image config spells it. */
    @Param({"bitmap", "buddy"})
    public String allocator;

    /** Installed RAM of the simulated machine; see {@link BootMemoryMaps}. */
    @Param({BootMemoryMaps.RAM_128_MIB, BootMemoryMaps.RAM_1_GIB})
    public String memory;

    private FrameAllocator frames;
    private final long[] held = new long[POOL];
    private int live;
    private final int[] draws = new int[DRAWS];
    private int next;

    /** Builds a fresh allocator, draws the decision sequence and fills half the pool, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        frames = FrameAllocators.initialised(allocator, BootMemoryMaps.named(memory));
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = random.nextInt() >>> 1;
        }
        next = 0;
        for (live = 0; live < POOL / 2; live++) {
            held[live] = frames.allocate();
        }
    }

    /** @return the frame allocated or freed, so that the work cannot be optimised away */
    @Benchmark
    public long step() {
        int draw = draws[next];
        next = (next + 1) & (DRAWS - 1);
        if (live == 0 || (live < POOL && (draw & 1) == 0)) {
            long frame = frames.allocate();
            held[live++] = frame;
            return frame;
        }
        int victim = (draw >>> 1) % live;
        long frame = held[victim];
        held[victim] = held[--live];
        frames.free(frame);
        return frame;
    }

    /** @return the allocator under measurement, for checks of the state left behind */
    FrameAllocator frames() {
        return frames;
    }

    /** @return a copy of the frames held now */
    long[] heldFrames() {
        return Arrays.copyOf(held, live);
    }
}
