package dev.moka.assembler.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Moka executable's heap plan reports on standard error at exit when its environment sets
 * {@value #VARIABLE}: {@code moka-gc: N collections, T ms collecting, longest L ms, process P ms}.
 *
 * @param collections     how many collections ran
 * @param collectingNanos the time they took together
 * @param longestNanos    the longest one
 */
public record GcSummary(long collections, long collectingNanos, long longestNanos) {
    /** The environment variable that asks an executable for the line. */
    public static final String VARIABLE = "MOKA_GC_SUMMARY";

    private static final Pattern LINE = Pattern.compile(
            "(?m)^moka-gc: (\\d+) collections, (\\d+\\.\\d{3}) ms collecting, longest (\\d+\\.\\d{3}) ms, process \\d+\\.\\d{3} ms$");

    /**
     * @param stderr an executable's standard error
     * @return the summary it printed last
     * @throws IllegalArgumentException when it printed none
     */
    public static GcSummary parse(String stderr) {
        Matcher m = LINE.matcher(stderr);
        GcSummary found = null;
        while (m.find()) {
            found = new GcSummary(Long.parseLong(m.group(1)), nanos(m.group(2)), nanos(m.group(3)));
        }
        if (found == null) {
            throw new IllegalArgumentException("the executable printed no moka-gc line on standard error");
        }
        return found;
    }

    private static long nanos(String millis) {
        return Math.round(Double.parseDouble(millis) * 1e6);
    }
}
