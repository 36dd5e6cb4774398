package dev.moka.benchmarks.mm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the scores of one run that differ only in the allocator and divides them: buddy over
 * bitmap for the same benchmark and the same other parameters. Throughput on a shared machine
 * drifts from one minute to the next, but two scores taken in the same run under the same load
 * drift together far more than either drifts alone, so the ratio is the figure worth comparing.
 *
 * <p>Scores without an allocator parameter, or without both allocators, have no pair and are left
 * out.
 */
public final class RatioTable {
    /** The parameter whose values are compared. */
    public static final String ALLOCATOR = "allocator";
    /** The allocator on top of each ratio. */
    public static final String NUMERATOR = "buddy";
    /** The allocator below each ratio. */
    public static final String DENOMINATOR = "bitmap";

    /**
     * One measured score.
     *
     * @param benchmark    the benchmark method's name, such as {@code SingleFrameBenchmark.allocateAndFree}
     * @param params       the benchmark's parameters and their values for this score
     * @param opsPerSecond the throughput measured
     * @param error        the half-width of JMH's 99.9% confidence interval, in the same unit
     */
    public record Score(String benchmark, Map<String, String> params, double opsPerSecond, double error) {
        /** Copies the parameters, sorted by name, so that two scores' other parameters compare equal. */
        public Score {
            params = new TreeMap<>(params);
        }
    }

    /**
     * One pair of scores and their quotient.
     *
     * @param benchmark   the benchmark both scores come from
     * @param otherParams every parameter but the allocator, as {@code name=value} joined by commas
     * @param numerator   the {@value #NUMERATOR} score
     * @param denominator the {@value #DENOMINATOR} score
     */
    public record Ratio(String benchmark, String otherParams, Score numerator, Score denominator) {
        /** @return numerator throughput over denominator throughput */
        public double value() {
            return numerator.opsPerSecond() / denominator.opsPerSecond();
        }
    }

    private RatioTable() {
    }

    /**
     * @param scores the scores of one run, in any order
     * @return one ratio per benchmark and set of other parameters that has both allocators, in the
     *         order of the first score of each
     */
    public static List<Ratio> ratios(List<Score> scores) {
        Map<String, Score[]> pairs = new LinkedHashMap<>();
        for (Score score : scores) {
            String allocator = score.params().get(ALLOCATOR);
            int slot = NUMERATOR.equals(allocator) ? 0 : DENOMINATOR.equals(allocator) ? 1 : -1;
            if (slot >= 0) {
                pairs.computeIfAbsent(score.benchmark() + '\u0000' + otherParams(score), key -> new Score[2])[slot] = score;
            }
        }
        List<Ratio> ratios = new ArrayList<>();
        for (Score[] pair : pairs.values()) {
            if (pair[0] != null && pair[1] != null) {
                ratios.add(new Ratio(pair[0].benchmark(), otherParams(pair[0]), pair[0], pair[1]));
            }
        }
        return ratios;
    }

    /**
     * @param ratios what {@link #ratios} returned
     * @return a Markdown table: benchmark, other parameters, both throughputs in millions of
     *         operations per second with their error, and the ratio
     */
    public static String markdown(List<Ratio> ratios) {
        StringBuilder table = new StringBuilder();
        table.append("| benchmark | parameters | ").append(DENOMINATOR).append(" Mops/s | ").append(NUMERATOR)
                .append(" Mops/s | ").append(NUMERATOR).append(" / ").append(DENOMINATOR).append(" |\n");
        table.append("|---|---|---:|---:|---:|\n");
        for (Ratio ratio : ratios) {
            table.append("| ").append(ratio.benchmark()).append(" | ").append(ratio.otherParams()).append(" | ")
                    .append(millions(ratio.denominator())).append(" | ").append(millions(ratio.numerator()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", ratio.value())).append(" |\n");
        }
        return table.toString();
    }

    private static String otherParams(Score score) {
        StringBuilder joined = new StringBuilder();
        score.params().forEach((name, value) -> {
            if (!name.equals(ALLOCATOR)) {
                joined.append(joined.isEmpty() ? "" : ", ").append(name).append('=').append(value);
            }
        });
        return joined.toString();
    }

    private static String millions(Score score) {
        return String.format(Locale.ROOT, "%.1f ± %.1f", score.opsPerSecond() / 1e6, score.error() / 1e6);
    }
}
