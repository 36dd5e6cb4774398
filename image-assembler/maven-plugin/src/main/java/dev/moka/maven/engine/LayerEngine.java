package dev.moka.maven.engine;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageAssembler;
import dev.moka.assembler.providers.ModulePath;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.providers.ProviderException;
import dev.moka.assembler.qemu.MemorySize;
import dev.moka.assembler.qemu.QemuException;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import dev.moka.kernel.api.arch.ImageFormat;
import dev.moka.maven.layer.BootOutcome;
import dev.moka.maven.layer.EngineException;
import dev.moka.maven.layer.ImageEngine;
import dev.moka.maven.layer.ImageRequest;
import dev.moka.maven.layer.QemuRequest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@link ImageEngine} on Moka's own classes. Builds and hosted boots take turns: both go through the
 * provider catalog, which sees one module path at a time, and hosted boots through the one magic
 * binding.
 */
public final class LayerEngine implements ImageEngine {
    private static final Object ONE_AT_A_TIME = new Object();

    /** Made by {@code MokaLayer} through reflection, once per layer. */
    public LayerEngine() {
    }

    @Override
    public byte[] assemble(ImageRequest request, String format, PrintStream progress) throws EngineException {
        ImageFormat kind = format(format);
        synchronized (ONE_AT_A_TIME) {
            long start = System.nanoTime();
            ImageAssembler.Result result;
            try {
                result = builder(request).modulePath(request.modulePath()).format(kind).build();
            } catch (ConfigException | BuildException | ProviderException wrong) {
                throw new EngineException(wrong.getMessage());
            }
            ImageAssembler.BuildReport report = result.report();
            progress.println("assembled " + describe(report.config()) + ", module path " + report.modulePath().describe()
                    + ": compiled " + report.methodsCompiled() + " methods (" + report.bytecodeBytes()
                    + " bytes of bytecode) into a " + report.imageBytes() + "-byte " + report.format().id()
                    + " image in " + seconds(Duration.ofNanos(System.nanoTime() - start)));
            return result.image();
        }
    }

    @Override
    public BootOutcome bootInQemu(Path image, QemuRequest request, OutputStream serial, PrintStream progress)
            throws EngineException, InterruptedException {
        QemuOptions options = new QemuOptions(memory(request.memory()).toQemuArgument(), request.timeout(),
                request.extraArgs(), format(request.format()), 0);
        try {
            QemuRunner qemu = request.executable() != null ? QemuRunner.at(request.executable()) : QemuRunner.locate();
            progress.println("booting in QEMU (in " + image.toAbsolutePath().getParent() + "): "
                    + String.join(" ", qemu.commandLineInFolder(image, options)));
            QemuResult result = qemu.run(image, options, serial, progress);
            return new BootOutcome(result.success(), result.verdict(request.timeout()));
        } catch (QemuException cannotBoot) {
            throw new EngineException(cannotBoot.getMessage());
        }
    }

    @Override
    public BootOutcome bootHosted(ImageRequest request, String memory, OutputStream serial, PrintStream progress)
            throws EngineException {
        long bytes = memory(memory).bytes();
        synchronized (ONE_AT_A_TIME) {
            ModulePath before = ProviderCatalog.modulePath();
            try {
                // As moka run --hosted does: the module path is in use while the config is checked and booted.
                ProviderCatalog.use(ModulePath.resolve(request.modulePath()));
                ImageConfig config = builder(request).checkedConfig();
                progress.println("booting hosted (" + describe(config) + ", " + memory + ")");
                long start = System.nanoTime();
                HostedResult result = HostedRunner.run(config, MokaVersion.current(), bytes, serial);
                return new BootOutcome(result.success(), result.verdict(Duration.ofNanos(System.nanoTime() - start)));
            } catch (ConfigException | ProviderException wrong) {
                throw new EngineException(wrong.getMessage());
            } finally {
                ProviderCatalog.use(before);
            }
        }
    }

    /** The request's settings on a builder; the module path is left to the caller. */
    private static ImageAssembler.Builder builder(ImageRequest request) {
        ImageAssembler.Builder builder = ImageAssembler.builder().settingsName(request.settingsName());
        if (request.configFile() != null) {
            builder.config(request.configFile());
        }
        if (request.arch() != null) {
            builder.arch(request.arch());
        }
        if (request.scheduler() != null) {
            builder.scheduler(request.scheduler());
        }
        if (request.frameAllocator() != null) {
            builder.frameAllocator(request.frameAllocator());
        }
        if (request.heap() != null) {
            builder.heap(request.heap());
        }
        if (request.heapSize() != null) {
            builder.heapSize(request.heapSize());
        }
        if (request.verifyHeap() != null) {
            builder.verifyHeap(request.verifyHeap());
        }
        return builder;
    }

    private static ImageFormat format(String id) throws EngineException {
        try {
            return ImageFormat.byId(id);
        } catch (IllegalArgumentException unknown) {
            throw new EngineException(unknown.getMessage());
        }
    }

    private static MemorySize memory(String text) throws EngineException {
        try {
            return MemorySize.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new EngineException(bad.getMessage());
        }
    }

    private static String describe(ImageConfig config) {
        ImageConfig.KernelSection kernel = config.kernel();
        return "scheduler " + kernel.scheduler() + ", frame allocator " + kernel.frameAllocator() + ", heap "
                + kernel.heap();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
