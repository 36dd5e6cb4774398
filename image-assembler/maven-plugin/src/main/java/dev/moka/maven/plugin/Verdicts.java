package dev.moka.maven.plugin;

import dev.moka.maven.layer.BootOutcome;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Turns how a boot ended into the build's outcome: success is logged, anything else fails the build. */
final class Verdicts {
    private Verdicts() {
    }

    static void report(BootOutcome outcome, Log log) throws MojoFailureException {
        System.out.flush();
        if (!outcome.success()) {
            throw new MojoFailureException(outcome.verdict() + " (the serial console is printed above)");
        }
        log.info(outcome.verdict());
    }
}
