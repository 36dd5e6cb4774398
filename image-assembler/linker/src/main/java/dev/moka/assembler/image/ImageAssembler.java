package dev.moka.assembler.image;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.ImageConfigWriter;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.providers.ModulePath;
import dev.moka.assembler.providers.ProviderCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one engine behind every way of making an image: the {@code moka} command, the Maven plugin and
 * tools that build images from Java all go through {@link #builder()}, so the same inputs give the
 * same bytes whichever door they came in by.
 *
 * <pre>
 * ImageAssembler.Result result = ImageAssembler.builder()
 *         .scheduler("stride")
 *         .modulePath(List.of(Path.of("target/my-scheduler.jar")))
 *         .build();
 * Files.write(Path.of("kernel.elf"), result.image());
 * </pre>
 *
 * <p>Settings start from a config file when one is given ({@link Builder#config}), else from the
 * project's default image, and each setter overrides one key of the {@code [kernel]} table. The
 * result is checked exactly as a config file is: a bad value gets the same message.
 */
public final class ImageAssembler {
    /** Builds run one at a time: the provider catalog sees one module path at a time. */
    private static final Object CATALOG_LOCK = new Object();

    private ImageAssembler() {
    }

    /** @return a builder with the default image's settings and no outside modules */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What a build produced.
     *
     * @param image  the image's bytes, ready to write to a file
     * @param report what went into it and what the compiler did
     */
    public record Result(byte[] image, BuildReport report) {
        /** Copies the bytes. */
        public Result {
            image = image.clone();
        }

        /** @return a copy of the image's bytes */
        @Override
        public byte[] image() {
            return image.clone();
        }
    }

    /**
     * @param config          the checked image description that was built
     * @param modulePath      the outside modules providers and classes could come from
     * @param methodsCompiled methods in the image
     * @param bytecodeBytes   bytes of bytecode compiled
     * @param imageBytes      size of the image
     */
    public record BuildReport(ImageConfig config, ModulePath modulePath, int methodsCompiled, long bytecodeBytes,
                              int imageBytes) {
    }

    /** Settings of one build; each setter returns this builder. */
    public static final class Builder {
        private Path configFile;
        private String arch;
        private String scheduler;
        private String frameAllocator;
        private String heap;
        private Long heapBytes;
        private Boolean verifyHeap;
        private final List<Path> modulePath = new ArrayList<>();
        private String version = MokaVersion.current();

        private Builder() {
        }

        /** @param file a TOML image description to start from @return this builder */
        public Builder config(Path file) {
            this.configFile = file;
            return this;
        }

        /** @param name an arch pack's name, such as {@code x86_64} @return this builder */
        public Builder arch(String name) {
            this.arch = name;
            return this;
        }

        /** @param name a scheduler's name, such as {@code eevdf} @return this builder */
        public Builder scheduler(String name) {
            this.scheduler = name;
            return this;
        }

        /** @param name a frame allocator's name, such as {@code buddy} @return this builder */
        public Builder frameAllocator(String name) {
            this.frameAllocator = name;
            return this;
        }

        /** @param name a heap plan's name, such as {@code mark-sweep} @return this builder */
        public Builder heap(String name) {
            this.heap = name;
            return this;
        }

        /** @param bytes the kernel heap's size, a whole number of KiB from 1 MiB to 1 GiB @return this builder */
        public Builder heapBytes(long bytes) {
            this.heapBytes = bytes;
            return this;
        }

        /** @param verify whether the collector checks the heap after every collection @return this builder */
        public Builder verifyHeap(boolean verify) {
            this.verifyHeap = verify;
            return this;
        }

        /** @param entries outside modules (jars and exploded module directories) to add @return this builder */
        public Builder modulePath(List<Path> entries) {
            modulePath.addAll(entries);
            return this;
        }

        /** @param moka the version the kernel reports; the running Moka's by default @return this builder */
        public Builder version(String moka) {
            this.version = moka;
            return this;
        }

        /**
         * Resolves the module path, checks the settings and builds the image.
         *
         * @return the image and its report
         * @throws ConfigException when the config file or a setting is wrong
         * @throws BuildException when a reachable method cannot be compiled
         * @throws dev.moka.assembler.providers.ProviderException when the module path is wrong or a
         *         provider cannot be found
         */
        public Result build() throws ConfigException, BuildException {
            ModulePath modules = ModulePath.resolve(modulePath);
            synchronized (CATALOG_LOCK) {
                ModulePath before = ProviderCatalog.modulePath();
                ProviderCatalog.use(modules);
                try {
                    ImageConfig config = config();
                    AssembledImage image = ImageBuilder.assemble(config, version);
                    return new Result(image.bytes(), new BuildReport(config, modules, image.methodsCompiled(),
                            image.bytecodeBytes(), image.bytes().length));
                } finally {
                    ProviderCatalog.use(before);
                }
            }
        }

        /** The settings as a config, checked by the same loader a config file goes through. */
        private ImageConfig config() throws ConfigException {
            ImageConfig base = configFile == null ? ImageConfigLoader.loadDefault() : ImageConfigLoader.load(configFile);
            if (arch == null && scheduler == null && frameAllocator == null && heap == null && heapBytes == null
                    && verifyHeap == null) {
                return base;
            }
            ImageConfig.KernelSection k = base.kernel();
            ImageConfig.KernelSection kernel = new ImageConfig.KernelSection(
                    scheduler != null ? scheduler : k.scheduler(),
                    frameAllocator != null ? frameAllocator : k.frameAllocator(),
                    heap != null ? heap : k.heap(),
                    heapBytes != null ? heapBytes : k.heapBytes(),
                    verifyHeap != null ? verifyHeap : k.verifyHeap(),
                    arch != null ? arch : k.arch());
            // The [kernel] table goes through the loader's checks, so a bad setting reads as a bad key would.
            ImageConfig checked = ImageConfigLoader.parse(ImageConfigWriter.toToml(new ImageConfig(null, kernel)),
                    base.source());
            return new ImageConfig(base.source(), checked.kernel(), base.workload());
        }
    }
}
