package dev.moka.assembler.qemu;

import java.time.Duration;
import java.util.Locale;

/**
 * How a QEMU run ended.
 *
 * @param exitCode     QEMU's exit status: {@code (v << 1) | 1} when the kernel wrote {@code v} to the
 *                     debug-exit port, so 33 for success and 35 for failure; anything else means QEMU
 *                     stopped for another reason (a triple fault with {@code -no-reboot} gives 0)
 * @param success      whether the kernel reported success, i.e. {@code exitCode == 33}
 * @param serialOutput everything the kernel wrote to COM1, decoded as UTF-8
 * @param elapsed      wall-clock time from start to exit
 * @param timedOut     whether the run was stopped because it exceeded its time limit
 * @param shutdownStatus the status a system that booted to init shut down with (init's, which is the
 *                     console shell's), 0 to 255; -1 when the kernel did not shut down that way
 */
public record QemuResult(int exitCode, boolean success, String serialOutput, Duration elapsed, boolean timedOut,
                         int shutdownStatus) {
    /**
     * A run that did not shut down with a status.
     *
     * @param exitCode     QEMU's exit status
     * @param success      whether the kernel reported success
     * @param serialOutput what the kernel wrote to COM1
     * @param elapsed      wall-clock time from start to exit
     * @param timedOut     whether the run was stopped at its time limit
     */
    public QemuResult(int exitCode, boolean success, String serialOutput, Duration elapsed, boolean timedOut) {
        this(exitCode, success, serialOutput, elapsed, timedOut, -1);
    }

    /**
     * A run that ended on its own.
     *
     * @param exitCode     QEMU's exit status
     * @param success      whether the kernel reported success
     * @param serialOutput what the kernel wrote to COM1
     * @param elapsed      wall-clock time from start to exit
     */
    public QemuResult(int exitCode, boolean success, String serialOutput, Duration elapsed) {
        this(exitCode, success, serialOutput, elapsed, false, -1);
    }

    /**
     * @param timeout the run's time limit, named when the run was stopped at it
     * @return how the run ended, in one line, as {@code moka run} and the Maven plugin print it
     */
    public String verdict(Duration timeout) {
        if (timedOut) {
            return "QEMU did not finish within " + timeout.toSeconds() + " s; it was stopped";
        }
        String took = String.format(Locale.ROOT, "%.2f s", elapsed.toNanos() / 1e9);
        if (shutdownStatus >= 0) {
            return "system shut down with status " + shutdownStatus + " after " + took;
        }
        if (exitCode == QemuRunner.SHUTDOWN_EXIT_CODE) {
            return "system shut down without a readable status (QEMU exit status " + exitCode + ") after " + took;
        }
        if (success) {
            return "kernel reported success in " + took;
        }
        if (exitCode == QemuRunner.FAILURE_EXIT_CODE) {
            return "kernel reported failure (QEMU exit status " + exitCode + ") after " + took;
        }
        return "QEMU exited with status " + exitCode + " before the kernel reported a result";
    }
}
