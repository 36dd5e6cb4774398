package dev.moka.assembler.bench;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.providers.ProviderCatalog;
import java.util.Locale;

/**
 * How fast Moka compiles: the kernel image is built and timed, and its bytecode size (the methods'
 * code lengths) is divided by the time. The first builds warm up the assembler's own JVM and are not
 * counted; the figure is the median of the timed builds, a steady state like the HotSpot side of
 * the benchmarks.
 *
 * @param imageBytes      the image's size
 * @param methodsCompiled how many methods it holds
 * @param bytecodeBytes   how many bytes of bytecode they had
 * @param nanos           the median timed build's duration
 */
public record CompileThroughput(int imageBytes, int methodsCompiled, long bytecodeBytes, long nanos) {
    /** Builds before the timed ones. */
    public static final int WARM_UP = 15;
    /** Timed builds; the median counts. */
    public static final int TIMED = 5;

    /**
     * Builds the kernel with the first scheduler and frame allocator by name: {@value #WARM_UP} builds
     * to warm up, then {@value #TIMED} timed ones.
     *
     * @return the figures of the median timed build
     * @throws BuildException when the kernel cannot be compiled
     */
    public static CompileThroughput measureKernel() throws BuildException {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection(
                ProviderCatalog.schedulerNames().getFirst(), ProviderCatalog.frameAllocatorNames().getFirst()));
        for (int i = 0; i < WARM_UP; i++) {
            ImageBuilder.assemble(config, MokaVersion.current());
        }
        long[] times = new long[TIMED];
        AssembledImage image = null;
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            image = ImageBuilder.assemble(config, MokaVersion.current());
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return new CompileThroughput(image.bytes().length, image.methodsCompiled(), image.bytecodeBytes(), times[TIMED / 2]);
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
