package dev.moka.maven.layer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a host asks of Moka running in its layer: assemble an image, boot one in QEMU, boot an image
 * description hosted. Calls may come from several threads (a parallel Maven build): builds and hosted
 * boots take turns, because both use Moka's process-wide provider catalog; QEMU boots run side by side.
 */
public interface ImageEngine {
    /**
     * Builds an image with {@code ImageAssembler.builder()}, the engine behind {@code moka assemble}.
     *
     * @param request  the image's settings and outside modules
     * @param format   the kind of bootable file, by the name {@code moka assemble --format} takes, such as
     *                 {@code multiboot} or {@code disk}
     * @param progress receives what the assembler is doing, one line at a time
     * @return the image's bytes
     * @throws EngineException when the settings, the config file, the module path or the format are
     *                         wrong, or the kernel cannot be compiled
     */
    byte[] assemble(ImageRequest request, String format, PrintStream progress) throws EngineException;

    /**
     * Boots an image in QEMU as {@code moka run} does.
     *
     * @param image    the image file; QEMU runs in its folder
     * @param qemu     which QEMU, how much RAM, how long, and what kind of file the image is
     * @param serial   receives the kernel's serial console as it arrives
     * @param progress receives the QEMU command line and QEMU's own messages
     * @return how the run ended
     * @throws EngineException      when QEMU cannot be found or started, or a setting is wrong
     * @throws InterruptedException when the build is interrupted; QEMU is stopped first
     */
    BootOutcome bootInQemu(Path image, QemuRequest qemu, OutputStream serial, PrintStream progress)
            throws EngineException, InterruptedException;

    /**
     * Boots an image description hosted on the JVM as {@code moka run --hosted} does.
     *
     * @param request  the image's settings and outside modules
     * @param memory   RAM of the simulated machine, such as {@code 128M}
     * @param serial   receives the kernel's serial console
     * @param progress receives what is booted
     * @return how the run ended
     * @throws EngineException when the settings, the config file or the module path are wrong
     */
    BootOutcome bootHosted(ImageRequest request, String memory, OutputStream serial, PrintStream progress)
            throws EngineException;
}
