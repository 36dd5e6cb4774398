package dev.moka.assembler.hosted;

import java.time.Duration;
import java.util.Locale;

/**
 * How a hosted run ended.
 *
 * @param success   whether the kernel reported success through the exit device
 * @param exitValue the value the kernel wrote to the exit device ({@code 0x10} success, {@code 0x11}
 *                  failure), or {@link HostedRunner#NO_EXIT_VALUE} when it never reached the device
 */
public record HostedResult(boolean success, int exitValue) {
    /**
     * @param took how long the run took
     * @return how the run ended, in one line, as {@code moka run --hosted} and the Maven plugin print it
     */
    public String verdict(Duration took) {
        if (success) {
            return "kernel reported success in " + String.format(Locale.ROOT, "%.2f s", took.toNanos() / 1e9);
        }
        if (exitValue == HostedRunner.NO_EXIT_VALUE) {
            return "kernel stopped without reporting a result";
        }
        return "kernel reported failure (exit value 0x" + Integer.toHexString(exitValue) + ")";
    }
}
