package dev.moka.maven.plugin;

import dev.moka.maven.layer.BootOutcome;
import dev.moka.maven.layer.EngineException;
import dev.moka.maven.layer.MokaLayer;
import java.io.PrintStream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Boots the pom's image description hosted on the JVM, as {@code moka run --hosted} does: the same
 * kernel bytecode on a simulated machine, no QEMU needed. The build fails unless the kernel reports
 * success.
 */
@Mojo(name = "run-hosted", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RunHostedMojo extends MokaMojo {
    /** RAM of the simulated machine, such as {@code 128M}. */
    @Parameter(property = "moka.memory", defaultValue = "128M")
    String memory = "128M";

    @Override
    void run(MokaLayer moka) throws EngineException, MojoFailureException {
        BootOutcome outcome;
        try (PrintStream progress = progress()) {
            outcome = moka.engine().bootHosted(imageRequest(moka), memory, System.out, progress);
        }
        Verdicts.report(outcome, getLog());
    }
}
