package dev.moka.assembler.bench;

import java.util.List;
import java.util.Optional;

/**
 * The benchmark programs, in the order they run: the bench's own self-timed programs, then public
 * programs of the Benchmarks Game and the Are We Fast Yet? suite from the compiler's public set.
 * Every program runs under the collecting {@code mark-sweep} plan, the default of programs.
 */
public final class BenchPrograms {
    private static final long MIB = 1L << 20;
    /** Enough for the allocating programs' live data, small enough that the collector really runs. */
    private static final long COLLECTED_HEAP = 256 * MIB;
    /** The heap programs get by default. */
    private static final long DEFAULT_HEAP = 1024 * MIB;

    private static final List<BenchProgram> ALL = List.of(
            BenchProgram.selfTimed("nbody", "n-body: five planets, double arithmetic over arrays, a Newton square root",
                    "mark-sweep", DEFAULT_HEAP, List.of("200000", "3", "3"), List.of("2000", "1", "2")),
            BenchProgram.selfTimed("spectralnorm", "spectral-norm: power iteration, double dot products and divisions",
                    "mark-sweep", DEFAULT_HEAP, List.of("500", "3", "5"), List.of("60", "1", "2")),
            BenchProgram.selfTimed("quadrature", "quadrature: adaptive Simpson recursion holding doubles across interface calls",
                    "mark-sweep", DEFAULT_HEAP, List.of("12", "100", "200"), List.of("6", "1", "2")),
            BenchProgram.selfTimed("fannkuch", "fannkuch-redux: permutations and prefix reversals in int arrays",
                    "mark-sweep", DEFAULT_HEAP, List.of("9", "3", "5"), List.of("6", "1", "2")),
            BenchProgram.selfTimed("sorting", "sorting: hand-written quicksort and Arrays.sort on int[]",
                    "mark-sweep", DEFAULT_HEAP, List.of("300000", "3", "3"), List.of("2000", "1", "2")),
            BenchProgram.selfTimed("hashmap", "HashMap<Integer, Integer>: merge, get, remove and iteration with boxing",
                    "mark-sweep", COLLECTED_HEAP, List.of("200000", "3", "3"), List.of("2000", "1", "2")),
            BenchProgram.selfTimed("strings", "strings: StringBuilder appends of ints, longs and chars, then a scan",
                    "mark-sweep", COLLECTED_HEAP, List.of("50000", "3", "3"), List.of("500", "1", "2")),
            BenchProgram.selfTimed("binarytrees", "binary-trees: allocation of complete binary trees to depth 16",
                    "mark-sweep", COLLECTED_HEAP, List.of("16", "1", "2"), List.of("6", "1", "2")),
            BenchProgram.publicProgram("BinaryTrees", "Benchmarks Game binary-trees", DEFAULT_HEAP,
                    List.of("16"), List.of("6")),
            BenchProgram.publicProgram("FannkuchRedux", "Benchmarks Game fannkuch-redux", DEFAULT_HEAP,
                    List.of("10"), List.of("7")),
            BenchProgram.publicProgram("Fasta", "Benchmarks Game fasta", DEFAULT_HEAP,
                    List.of("2500000"), List.of("1000")),
            BenchProgram.publicProgram("Mandelbrot", "Benchmarks Game mandelbrot", DEFAULT_HEAP,
                    List.of("3000"), List.of("200")),
            BenchProgram.publicProgram("NBody", "Benchmarks Game n-body", DEFAULT_HEAP,
                    List.of("5000000"), List.of("1000")),
            BenchProgram.publicProgram("PiDigits", "Benchmarks Game pidigits (BigInteger)", DEFAULT_HEAP,
                    List.of("1000"), List.of("30")),
            BenchProgram.publicProgram("AwfyBounce", "Are We Fast Yet? Bounce", DEFAULT_HEAP,
                    List.of("2000"), List.of("10")),
            BenchProgram.publicProgram("AwfyPermute", "Are We Fast Yet? Permute", DEFAULT_HEAP,
                    List.of("3000"), List.of("10")),
            BenchProgram.publicProgram("AwfyQueens", "Are We Fast Yet? Queens", DEFAULT_HEAP,
                    List.of("3000"), List.of("10")),
            BenchProgram.publicProgram("AwfySieve", "Are We Fast Yet? Sieve", DEFAULT_HEAP,
                    List.of("3000"), List.of("20")),
            BenchProgram.publicProgram("AwfyStorage", "Are We Fast Yet? Storage", DEFAULT_HEAP,
                    List.of("300"), List.of("10")),
            BenchProgram.publicProgram("AwfyTowers", "Are We Fast Yet? Towers", DEFAULT_HEAP,
                    List.of("2000"), List.of("10")),
            // The suite's macro benchmarks take the suite's iterations and inner iterations; the
            // inner iterations are a size some of them verify only for a few values.
            BenchProgram.publicProgram("AwfyRichards", "Are We Fast Yet? Richards", DEFAULT_HEAP,
                    List.of("1", "100"), List.of("1", "1")),
            BenchProgram.publicProgram("AwfyDeltaBlue", "Are We Fast Yet? DeltaBlue", DEFAULT_HEAP,
                    List.of("1", "12000"), List.of("1", "100")),
            BenchProgram.publicProgram("AwfyJson", "Are We Fast Yet? Json", DEFAULT_HEAP,
                    List.of("1", "100"), List.of("1", "1")),
            BenchProgram.publicProgram("AwfyCD", "Are We Fast Yet? CD", DEFAULT_HEAP,
                    List.of("3", "250"), List.of("1", "2")),
            BenchProgram.publicProgram("AwfyHavlak", "Are We Fast Yet? Havlak", DEFAULT_HEAP,
                    List.of("3", "1500"), List.of("1", "1")),
            BenchProgram.publicProgram("AwfyList", "Are We Fast Yet? List", DEFAULT_HEAP,
                    List.of("3", "1500"), List.of("1", "1")),
            BenchProgram.publicProgram("AwfyMandelbrot", "Are We Fast Yet? Mandelbrot", DEFAULT_HEAP,
                    List.of("2", "500"), List.of("1", "1")),
            BenchProgram.publicProgram("AwfyNBody", "Are We Fast Yet? NBody", DEFAULT_HEAP,
                    List.of("5", "250000"), List.of("1", "1")));

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
