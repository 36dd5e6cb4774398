package dev.moka.assembler.image;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ConfigSchema;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.ImageConfigWriter;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.providers.ModulePath;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.providers.ProviderException;
import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.arch.ImageFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
 * result is checked exactly as a config file is: a bad value gets the same message, naming the
 * settings ({@link Builder#settingsName}) where a file would name its line.
 *
 * <p>{@link Builder#format} picks the kind of bootable file ({@link ImageFormat}): the Multiboot
 * kernel itself by default, or a raw disk the arch pack makes bootable with its own boot code. The
 * kernel inside is the same either way.
 */
public final class ImageAssembler {
    /** How messages name the setters' values unless {@link Builder#settingsName} says otherwise. */
    public static final String DEFAULT_SETTINGS_NAME = "image settings";

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
     * @param image  the image's bytes in the chosen format, ready to write to a file
     * @param report what went into it and what the compiler did
     * @param kernel the linked kernel inside the image, with its compiled methods' addresses
     */
    public record Result(byte[] image, BuildReport report, AssembledImage kernel) {
        /** Copies the bytes. */
        public Result {
            image = image.clone();
            Objects.requireNonNull(kernel, "kernel");
        }

        /** @return a copy of the image's bytes */
        @Override
        public byte[] image() {
            return image.clone();
        }

        /**
         * @return a symbol file for gdb: the kernel's code at its load address, every compiled method
         *         as a function symbol and the methods' source lines (see {@link SymbolFileWriter})
         */
        public byte[] symbolFile() {
            return SymbolFileWriter.write(kernel.bytes(), kernel.loadAddress(), kernel.methods());
        }
    }

    /**
     * @param config          the checked image description that was built
     * @param modulePath      the outside modules providers and classes could come from
     * @param methodsCompiled methods in the image
     * @param bytecodeBytes   bytes of bytecode compiled
     * @param imageBytes      size of the image
     * @param format          the kind of bootable file the image is
     */
    public record BuildReport(ImageConfig config, ModulePath modulePath, int methodsCompiled, long bytecodeBytes,
                              int imageBytes, ImageFormat format) {
    }

    /** Settings of one build; each setter returns this builder, and a setter given null sets nothing. */
    public static final class Builder {
        private Path configFile;
        /** {@code [kernel]} keys the setters gave, with their values as a config file would spell them. */
        private final Map<String, String> settings = new LinkedHashMap<>();
        private String settingsName = DEFAULT_SETTINGS_NAME;
        private final List<Path> modulePath = new ArrayList<>();
        private String version = MokaVersion.current();
        private ImageFormat format = ImageFormat.MULTIBOOT;

        private Builder() {
        }

        /** @param file a TOML image description to start from @return this builder */
        public Builder config(Path file) {
            this.configFile = file;
            return this;
        }

        /** @param name an arch pack's name, such as {@code x86_64} @return this builder */
        public Builder arch(String name) {
            return set(ConfigSchema.ARCH, name);
        }

        /** @param name a scheduler's name, such as {@code eevdf} @return this builder */
        public Builder scheduler(String name) {
            return set(ConfigSchema.SCHEDULER, name);
        }

        /** @param name a frame allocator's name, such as {@code buddy} @return this builder */
        public Builder frameAllocator(String name) {
            return set(ConfigSchema.FRAME_ALLOCATOR, name);
        }

        /** @param name a heap plan's name, such as {@code mark-sweep} @return this builder */
        public Builder heap(String name) {
            return set(ConfigSchema.HEAP, name);
        }

        /** @param bytes the kernel heap's size, a whole number of KiB from 1 MiB to 1 GiB @return this builder */
        public Builder heapBytes(long bytes) {
            // A size that is no whole number of KiB is left without a unit, which the check refuses.
            return set(ConfigSchema.HEAP_SIZE, bytes % 1024 == 0 ? bytes / 1024 + "K" : Long.toString(bytes));
        }

        /**
         * @param size the kernel heap's size as a config file gives it, such as {@code 32M}
         * @return this builder
         */
        public Builder heapSize(String size) {
            return set(ConfigSchema.HEAP_SIZE, size);
        }

        /** @param verify whether the collector checks the heap after every collection @return this builder */
        public Builder verifyHeap(boolean verify) {
            return set(ConfigSchema.VERIFY_HEAP, Boolean.toString(verify));
        }

        /**
         * @param name how error messages about the setters' values name them, such as the front door
         *             that took them; {@value ImageAssembler#DEFAULT_SETTINGS_NAME} by default
         * @return this builder
         */
        public Builder settingsName(String name) {
            this.settingsName = name;
            return this;
        }

        /** Gives a key a value; null takes a value given earlier back, so the file's (or default) counts again. */
        private Builder set(String key, String value) {
            if (value == null) {
                settings.remove(key);
            } else {
                settings.put(key, value);
            }
            return this;
        }

        /** @param entries outside modules (jars and exploded module directories) to add @return this builder */
        public Builder modulePath(List<Path> entries) {
            modulePath.addAll(entries);
            return this;
        }

        /**
         * @param kind the kind of bootable file to write; {@link ImageFormat#MULTIBOOT} by default, and
         *             null takes a format given earlier back, as the other setters do
         * @return this builder
         */
        public Builder format(ImageFormat kind) {
            this.format = kind == null ? ImageFormat.MULTIBOOT : kind;
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
         * @throws dev.moka.assembler.providers.ProviderException when the module path is wrong, a
         *         provider cannot be found, or the arch pack does not write the chosen format
         */
        public Result build() throws ConfigException, BuildException {
            ModulePath modules = ModulePath.resolve(modulePath);
            synchronized (CATALOG_LOCK) {
                ModulePath before = ProviderCatalog.modulePath();
                ProviderCatalog.use(modules);
                try {
                    ImageConfig config = checkedConfig();
                    ImageSpec spec = ImageSpec.of(config, version);
                    checkFormat(spec.arch());
                    if (config.userland() != null) {
                        spec = spec.withBootJobClass(UserlandImage.BOOT_JOB)
                                .withInitFs(UserlandImage.initFs(config.userland()));
                    }
                    AssembledImage kernel = ImageBuilder.assemble(spec);
                    byte[] image = bootImage(spec.arch(), kernel);
                    return new Result(image, new BuildReport(config, modules, kernel.methodsCompiled(),
                            kernel.bytecodeBytes(), image.length, format), kernel);
                } finally {
                    ProviderCatalog.use(before);
                }
            }
        }

        /** Fails before anything is compiled when the arch pack cannot write the format. */
        private void checkFormat(ArchPackProvider arch) {
            if (!arch.imageFormats().contains(format)) {
                throw new ProviderException("arch pack " + arch.name() + " writes no " + format.id() + " images;"
                        + " it writes: " + arch.imageFormats().stream().map(ImageFormat::id)
                        .collect(Collectors.joining(", ")));
            }
        }

        private byte[] bootImage(ArchPackProvider arch, AssembledImage kernel) throws BuildException {
            try {
                return arch.bootImage(format, kernel.bytes());
            } catch (IllegalArgumentException unbootable) {
                throw new BuildException("cannot write a " + format.id() + " image of this kernel: "
                        + unbootable.getMessage());
            }
        }

        /**
         * The image description these settings make, checked by the same loader a config file goes
         * through, against the providers the catalog sees now: {@link #build()} calls it with this
         * builder's module path in use; a host that boots the description hosted installs the module
         * path ({@link ProviderCatalog#use}) first, as the {@code moka} command does.
         *
         * @return the config file's description (or the default image's) with the setters' values
         * @throws ConfigException when the config file or a setting is wrong
         */
        public ImageConfig checkedConfig() throws ConfigException {
            ImageConfig base = configFile == null ? ImageConfigLoader.loadDefault() : ImageConfigLoader.load(configFile);
            if (settings.isEmpty()) {
                return base;
            }
            // The settings go through the loader's checks as a [kernel] table, so a bad value reads as a
            // bad key would; the table's lines are not the user's, so the message names the settings.
            StringBuilder table = new StringBuilder("[" + ConfigSchema.KERNEL + "]\n");
            settings.forEach((key, value) -> table.append(key).append(" = ").append(ImageConfigWriter.quote(value))
                    .append('\n'));
            ImageConfig.KernelSection given;
            try {
                given = ImageConfigLoader.parse(table.toString(), null).kernel();
            } catch (ConfigException bad) {
                throw new ConfigException(settingsName, ConfigException.NO_LINE, bad.detail(), bad);
            }
            ImageConfig.KernelSection k = base.kernel();
            ImageConfig.KernelSection kernel = new ImageConfig.KernelSection(
                    pick(ConfigSchema.SCHEDULER, given.scheduler(), k.scheduler()),
                    pick(ConfigSchema.FRAME_ALLOCATOR, given.frameAllocator(), k.frameAllocator()),
                    pick(ConfigSchema.HEAP, given.heap(), k.heap()),
                    pick(ConfigSchema.HEAP_SIZE, given.heapBytes(), k.heapBytes()),
                    pick(ConfigSchema.VERIFY_HEAP, given.verifyHeap(), k.verifyHeap()),
                    pick(ConfigSchema.ARCH, given.arch(), k.arch()));
            return new ImageConfig(base.source(), kernel, base.workload(), base.userland());
        }

        /** The setter's value of a key when one was given, else the config file's. */
        private <T> T pick(String key, T fromSettings, T fromFile) {
            return settings.containsKey(key) ? fromSettings : fromFile;
        }
    }
}
