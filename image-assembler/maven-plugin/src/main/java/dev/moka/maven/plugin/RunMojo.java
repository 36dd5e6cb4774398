package dev.moka.maven.plugin;

import dev.moka.maven.layer.BootOutcome;
import dev.moka.maven.layer.EngineException;
import dev.moka.maven.layer.MokaLayer;
import dev.moka.maven.layer.QemuRequest;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Boots the image {@code assemble} wrote in QEMU, as {@code moka run} does: the serial console is
 * printed as it arrives, and the build fails unless the kernel reports success.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public final class RunMojo extends MokaMojo {
    /** The image to boot: the one {@code assemble} wrote, {@code target/kernel.elf} or {@code target/disk.img}. */
    @Parameter(property = "moka.image")
    File image;

    /**
     * What the image is: {@code multiboot} (booted with {@code qemu -kernel}) or {@code disk} (attached
     * as a raw drive that the firmware boots); the format {@code assemble} was given.
     */
    @Parameter(property = "moka.format", defaultValue = MULTIBOOT)
    String format = MULTIBOOT;

    /** RAM of the machine, such as {@code 128M} or {@code 1G}. */
    @Parameter(property = "moka.memory", defaultValue = "128M")
    String memory = "128M";

    /** Seconds QEMU may run before it is stopped and the build fails. */
    @Parameter(property = "moka.timeout", defaultValue = "60")
    int timeout = 60;

    /** The QEMU binary; {@code qemu-system-x86_64} on {@code PATH} when not given. */
    @Parameter(property = "moka.qemu")
    File qemu;

    /** Further QEMU arguments, one per element, such as {@code -icount} and {@code shift=0}. */
    @Parameter
    List<String> qemuArgs = new ArrayList<>();

    @Override
    void run(MokaLayer moka) throws EngineException, MojoFailureException, MojoExecutionException {
        Path file = imageFile(image, format);
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("no image at " + file + ": the assemble goal writes it (mvn package moka:run)");
        }
        if (timeout <= 0) {
            throw new MojoFailureException("timeout must be a positive number of seconds, not " + timeout);
        }
        QemuRequest request = new QemuRequest(qemu == null ? null : qemu.toPath(), memory, Duration.ofSeconds(timeout),
                qemuArgs, format);
        BootOutcome outcome;
        try (PrintStream progress = progress()) {
            outcome = moka.engine().bootInQemu(file, request, System.out, progress);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while QEMU ran", interrupted);
        }
        Verdicts.report(outcome, getLog());
    }
}
