package dev.moka.testkit.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.testkit.mm.MapLayout.Range;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random boot memory maps in the shape PC firmware reports them: available regions with holes of
 * other types between and over them, the first MiB and a kernel image at 1 MiB always reserved, and a
 * few more reserved ranges (boot structures) anywhere. Addresses are a mix of 2 MiB-aligned,
 * frame-aligned and arbitrary, so that partial frames and large aligned blocks both occur.
 * Everything stays below {@link #SPAN} so that draining an allocator stays cheap.
 */
public final class MemoryMaps {
    /** Highest address a generated region starts at. */
    public static final long SPAN = 32L << 20;
    /** Start of the kernel image, reserved in every generated map. */
    public static final long KERNEL_IMAGE_BASE = 1L << 20;

    private static final long FRAME = MapLayout.FRAME;
    private static final long MIB = 1L << 20;

    private MemoryMaps() {
    }

    /** @return random layouts as described above */
    public static Arbitrary<MapLayout> layouts() {
        Arbitrary<Long> address = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().between(0, SPAN / (2 * MIB)).map(m -> m * 2 * MIB)),
                Tuple.of(3, Arbitraries.longs().between(0, SPAN / FRAME).map(f -> f * FRAME)),
                Tuple.of(1, Arbitraries.longs().between(0, SPAN)));
        Arbitrary<Long> length = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().between(1, 8).map(m -> m * 2 * MIB)),
                Tuple.of(3, Arbitraries.longs().between(1, 512).map(f -> f * FRAME)),
                Tuple.of(1, Arbitraries.longs().between(1, 4 * MIB)));
        Arbitrary<Range> available = Combinators.combine(address, length)
                .as((b, l) -> new Range(b, l, MemoryMap.AVAILABLE));
        Arbitrary<Range> hole = Combinators.combine(address, Arbitraries.longs().between(1, 64 * FRAME),
                Arbitraries.integers().between(2, 5)).as(Range::new);
        Arbitrary<Range> bootStructure = Combinators.combine(address, Arbitraries.longs().between(1, 16 * FRAME))
                .as((b, l) -> new Range(b, l, 0));
        Arbitrary<Long> kernelImageLength = Arbitraries.longs().between(FRAME, 3 * MIB);
        return Combinators.combine(available.list().ofMinSize(1).ofMaxSize(5), hole.list().ofMaxSize(3),
                bootStructure.list().ofMaxSize(3), kernelImageLength).as((ram, holes, boot, kernel) -> {
                    List<Range> regions = new ArrayList<>(ram);
                    regions.addAll(holes);
                    List<Range> reserved = new ArrayList<>();
                    reserved.add(new Range(0, MIB, 0));
                    reserved.add(new Range(KERNEL_IMAGE_BASE, kernel, 0));
                    reserved.addAll(boot);
                    return new MapLayout(regions, reserved);
                });
    }

    /**
     * @return a PC-like map: low memory with the EBDA hole, RAM from 1 MiB to 16 MiB, a 2 MiB
     *         kernel image at 1 MiB and the first MiB reserved
     */
    public static MapLayout pcLike() {
        return new MapLayout(
                List.of(new Range(0, 0x9FC00, MemoryMap.AVAILABLE), new Range(0x9FC00, 0x400, MemoryMap.RESERVED),
                        new Range(MIB, 15 * MIB, MemoryMap.AVAILABLE)),
                List.of(new Range(0, MIB, 0), new Range(KERNEL_IMAGE_BASE, 2 * MIB, 0)));
    }
}
