package dev.moka.assembler.bench;

import dev.moka.assembler.compiler.BuildException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.providers.ProviderCatalog;
import java.util.Locale;

/**
 * How fast Moka compiles: the kernel image is built and timed, and its bytecode size is divided by
 * the time. The first build warms up the assembler's own JVM and is not counted.
 *
 * @param imageBytes      the image's size
 * @param methodsCompiled how many methods it holds
 * @param bytecodeBytes   how many bytes of bytecode they had
 * @param nanos           the timed build's duration
 */
public record CompileThroughput(int imageBytes, int methodsCompiled, long bytecodeBytes, long nanos) {
    /**
     * Builds the kernel with the first scheduler and frame allocator by name, twice, timing the second.
     *
     * @return the timed build's figures
     * @throws BuildException when the kernel cannot be compiled
     */
    public static CompileThroughput measureKernel() throws BuildException {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection(
                ProviderCatalog.schedulerNames().getFirst(), ProviderCatalog.frameAllocatorNames().getFirst()));
        ImageBuilder.assemble(config, MokaVersion.current());
        long start = System.nanoTime();
        AssembledImage image = ImageBuilder.assemble(config, MokaVersion.current());
        long nanos = System.nanoTime() - start;
        return new CompileThroughput(image.bytes().length, image.methodsCompiled(), image.bytecodeBytes(), nanos);
    }

    /** @return kilobytes (1024 bytes) of bytecode compiled per second */
    public double kilobytesPerSecond() {
        return bytecodeBytes / 1024.0 / (nanos / 1e9);
    }

    /** @return the report line */
    public String describe() {
        return String.format(Locale.ROOT, "kernel image: %d bytes, %d methods, %d bytecode bytes compiled at %.0f KB/s (%.0f ms)",
                imageBytes, methodsCompiled, bytecodeBytes, kilobytesPerSecond(), nanos / 1e6);
    }
}
