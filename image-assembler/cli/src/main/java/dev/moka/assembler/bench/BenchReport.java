package dev.moka.assembler.bench;

import java.util.List;
import java.util.Locale;

/** Formats benchmark results as a plain-text table with the geometric mean of the ratios. */
public final class BenchReport {
    private BenchReport() {
    }

    /**
     * @param results the results, in run order
     * @return the geometric mean of the successful results' ratios, or NaN when none succeeded
     */
    public static double geometricMean(List<BenchResult> results) {
        double logSum = 0;
        int count = 0;
        for (BenchResult r : results) {
            if (r.succeeded()) {
                logSum += Math.log(r.ratio());
                count++;
            }
        }
        return count == 0 ? Double.NaN : Math.exp(logSum / count);
    }

    /**
     * @param results the results, in run order
     * @return the table, one line per benchmark, then the geometric mean
     */
    public static String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %8s%n", "benchmark", "Moka ms", "HotSpot ms", "ratio"));
        for (BenchResult r : results) {
            if (r.succeeded()) {
                out.append(String.format(Locale.ROOT, "%-14s %12.1f %12.1f %8.2f%n", r.name(),
                        r.mokaNanos() / 1e6, r.hotspotNanos() / 1e6, r.ratio()));
            } else {
                out.append(String.format(Locale.ROOT, "%-14s FAILED: %s%n", r.name(), r.failure()));
            }
        }
        double mean = geometricMean(results);
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %8s%n", "geomean", "", "",
                Double.isNaN(mean) ? "-" : String.format(Locale.ROOT, "%.2f", mean)));
        return out.toString();
    }
}
