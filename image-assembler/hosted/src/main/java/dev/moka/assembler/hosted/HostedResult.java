package dev.moka.assembler.hosted;

import java.time.Duration;
import java.util.Locale;

/**
 * How a hosted run ended.
 *
 * @param success        whether the kernel reported success through the exit device, or the system
 *                       shut down with status 0 (as {@code QemuResult} has it)
 * @param exitValue      the value the kernel wrote to the exit device ({@code 0x10} success,
 *                       {@code 0x11} failure, {@code 0x12} shutdown), or {@link HostedRunner#NO_EXIT_VALUE}
 *                       when it never reached the device
 * @param shutdownStatus the status a system shut down with (init's exit status), or
 *                       {@link #NO_STATUS} when it did not shut down
 */
public record HostedResult(boolean success, int exitValue, int shutdownStatus) {
    /** {@link #shutdownStatus()} of a run that did not shut down. */
    public static final int NO_STATUS = -1;

    /**
     * A run that ended without a shutdown.
     *
     * @param success   whether the kernel reported success
     * @param exitValue what it wrote to the exit device
     */
    public HostedResult(boolean success, int exitValue) {
        this(success, exitValue, NO_STATUS);
    }

    /**
     * @param took how long the run took
     * @return how the run ended, in one line, as {@code moka run --hosted} and the Maven plugin print it
     */
    public String verdict(Duration took) {
        if (shutdownStatus != NO_STATUS) {
            return "system shut down with status " + shutdownStatus + " after "
                    + String.format(Locale.ROOT, "%.2f s", took.toNanos() / 1e9);
        }
        if (success) {
            return "kernel reported success in " + String.format(Locale.ROOT, "%.2f s", took.toNanos() / 1e9);
        }
        if (exitValue == HostedRunner.NO_EXIT_VALUE) {
            return "kernel stopped without reporting a result";
        }
        return "kernel reported failure (exit value 0x" + Integer.toHexString(exitValue) + ")";
    }
}
