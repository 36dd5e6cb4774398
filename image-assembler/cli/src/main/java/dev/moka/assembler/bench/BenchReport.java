package dev.moka.assembler.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Formats benchmark results as a plain-text table: whole-process times (Moka's with the part its
 * collections took), steady-state times and ratios (and the self-timed programs' own rounds), then
 * the geometric mean of each ratio column and the steady state's summary, over all programs and over
 * the public ones alone.
 */
public final class BenchReport {
    /** The steady-state ratio no program should exceed. */
    public static final double STEADY_LIMIT = 4.0;

    private BenchReport() {
    }

    /**
     * @param results the results, in run order
     * @return the geometric mean of the successful results' steady-state ratios, or NaN when none succeeded
     */
    public static double steadyGeomean(List<BenchResult> results) {
        return geometricMean(results.stream().filter(BenchResult::succeeded).toList(), BenchResult::steadyRatio);
    }

    /**
     * @param results the results, in run order
     * @param ratio   which ratio of each result
     * @return the geometric mean of that ratio over the results, or NaN when there are none
     */
    public static double geometricMean(List<BenchResult> results, ToDoubleFunction<BenchResult> ratio) {
        double logSum = 0;
        int count = 0;
        for (BenchResult r : results) {
            logSum += Math.log(ratio.applyAsDouble(r));
            count++;
        }
        return count == 0 ? Double.NaN : Math.exp(logSum / count);
    }

    /**
     * @param results the results, in run order
     * @return the table, one line per benchmark, then the geometric means and the steady state's summaries
     */
    public static String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        String row = "%-14s %10s %9s %10s %6s %10s %6s  %10s %10s %6s%n";
        out.append(String.format(Locale.ROOT, row, "", "whole-process", "", "", "", "steady", "", "own timed rounds",
                "", ""));
        out.append(String.format(Locale.ROOT, row, "benchmark", "Moka ms", "Moka GC", "HotSpot ms", "ratio",
                "HotSpot ms", "ratio", "Moka ms", "HotSpot ms", "ratio"));
        for (BenchResult r : results) {
            if (!r.succeeded()) {
                out.append(String.format(Locale.ROOT, "%-14s FAILED: %s%n", r.name(), r.failure()));
                continue;
            }
            String rounds = r.timesItself()
                    ? String.format(Locale.ROOT, "%10.1f %10.1f %6.2f", ms(r.mokaRoundsNanos()),
                            ms(r.hotspotRoundsNanos()), r.roundsRatio())
                    : String.format(Locale.ROOT, "%10s %10s %6s", "-", "-", "-");
            out.append(String.format(Locale.ROOT, "%-14s %10.1f %9.1f %10.1f %6.2f %10.1f %6.2f  %s%n", r.name(),
                    ms(r.mokaProcessNanos()), ms(r.mokaGc().collectingNanos()), ms(r.hotspotProcessNanos()),
                    r.processRatio(), ms(r.hotspotSteadyNanos()), r.steadyRatio(), rounds));
        }
        List<BenchResult> ok = results.stream().filter(BenchResult::succeeded).toList();
        List<BenchResult> timed = ok.stream().filter(BenchResult::timesItself).toList();
        out.append(String.format(Locale.ROOT, row, "geomean", "", "", "",
                format(geometricMean(ok, BenchResult::processRatio)), "", format(steadyGeomean(results)), "", "",
                format(geometricMean(timed, BenchResult::roundsRatio))));
        steadySummary(out, "steady state", ok);
        List<BenchResult> publicOnes = ok.stream().filter(BenchResult::isPublic).toList();
        if (!publicOnes.isEmpty() && publicOnes.size() < ok.size()) {
            steadySummary(out, "public programs, steady state", publicOnes);
        }
        return out.toString();
    }

    /** Appends {@code label: geomean G over N programs, highest R (name), K above 4x} for successful results. */
    private static void steadySummary(StringBuilder out, String label, List<BenchResult> ok) {
        BenchResult worst = null;
        int above = 0;
        for (BenchResult r : ok) {
            if (worst == null || r.steadyRatio() > worst.steadyRatio()) {
                worst = r;
            }
            if (r.steadyRatio() > STEADY_LIMIT) {
                above++;
            }
        }
        if (worst != null) {
            out.append(String.format(Locale.ROOT, "%s: geomean %s over %d programs, highest %.2f (%s), %d above %.0fx%n",
                    label, format(steadyGeomean(ok)), ok.size(), worst.steadyRatio(), worst.name(), above,
                    STEADY_LIMIT));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String format(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
