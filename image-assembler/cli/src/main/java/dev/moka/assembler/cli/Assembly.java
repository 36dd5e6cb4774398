package dev.moka.assembler.cli;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.image.ImageAssembler;
import dev.moka.kernel.api.arch.ImageFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Assembles an image and tells the user what it is doing, on standard error. */
final class Assembly {
    private Assembly() {
    }

    /**
     * @param config      the checked image description
     * @param displayName how to name the description in messages
     * @param version     the Moka version the kernel reports
     * @param format      the kind of bootable file
     * @param progress    where the progress lines go
     * @return the image and the kernel in it
     * @throws BuildException when the kernel cannot be compiled
     */
    static ImageAssembler.Result build(ImageConfig config, String displayName, List<Path> modulePath, String version,
                                       ImageFormat format, PrintWriter progress) throws BuildException, ConfigException {
        progress.println("moka: assembling " + displayName + " (" + describe(config) + ")");
        progress.flush();
        long start = System.nanoTime();
        ImageAssembler.Builder builder = ImageAssembler.builder().modulePath(modulePath).version(version)
                .format(format);
        if (config.source() != null) {
            builder.config(config.source());
        }
        ImageAssembler.Result result = builder.build();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ImageAssembler.BuildReport report = result.report();
        progress.println("moka: compiled " + report.methodsCompiled() + " methods (" + report.bytecodeBytes()
                + " bytes of bytecode) into a " + report.imageBytes() + "-byte " + format.id() + " image in "
                + seconds(took));
        progress.flush();
        return result;
    }

    /** @param config a config @return its providers, for progress lines */
    static String describe(ImageConfig config) {
        return "scheduler " + config.kernel().scheduler() + ", frame allocator " + config.kernel().frameAllocator();
    }

    /** @param duration a duration @return it in seconds with two decimals, such as {@code 1.25 s} */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
