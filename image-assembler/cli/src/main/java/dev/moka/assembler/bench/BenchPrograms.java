package dev.moka.assembler.bench;

import java.util.List;
import java.util.Optional;

/** The benchmark programs, in the order they run. */
public final class BenchPrograms {
    private static final long MIB = 1L << 20;
    /** Enough for the allocating programs' live data, small enough that the collector really runs. */
    private static final long COLLECTED_HEAP = 256 * MIB;
    /** Programs that allocate little use the bump plan, whose allocation path is cheapest. */
    private static final long BUMP_HEAP = 1024 * MIB;

    private static final List<BenchProgram> ALL = List.of(
            new BenchProgram("nbody", "n-body: five planets, double arithmetic over arrays, a Newton square root",
                    "bump", BUMP_HEAP, List.of("200000", "3", "3"), List.of("2000", "1", "2")),
            new BenchProgram("spectralnorm", "spectral-norm: power iteration, double dot products and divisions",
                    "bump", BUMP_HEAP, List.of("500", "3", "5"), List.of("60", "1", "2")),
            new BenchProgram("fannkuch", "fannkuch-redux: permutations and prefix reversals in int arrays",
                    "bump", BUMP_HEAP, List.of("9", "3", "5"), List.of("6", "1", "2")),
            new BenchProgram("sorting", "sorting: hand-written quicksort and Arrays.sort on int[]",
                    "bump", BUMP_HEAP, List.of("300000", "3", "3"), List.of("2000", "1", "2")),
            new BenchProgram("hashmap", "HashMap<Integer, Integer>: merge, get, remove and iteration with boxing",
                    "mark-sweep", COLLECTED_HEAP, List.of("200000", "3", "3"), List.of("2000", "1", "2")),
            new BenchProgram("strings", "strings: StringBuilder appends of ints, longs and chars, then a scan",
                    "mark-sweep", COLLECTED_HEAP, List.of("50000", "3", "3"), List.of("500", "1", "2")),
            new BenchProgram("binarytrees", "binary-trees: allocation of complete binary trees to depth 16",
                    "mark-sweep", COLLECTED_HEAP, List.of("16", "1", "2"), List.of("6", "1", "2")));

    private BenchPrograms() {
    }

    /** @return every program, in run order */
    public static List<BenchProgram> all() {
        return ALL;
    }

    /**
     * @param name a program's name
     * @return the program, if there is one of that name
     */
    public static Optional<BenchProgram> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
