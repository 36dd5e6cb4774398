package dev.moka.assembler.config;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.providers.ProviderException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every table and key an image description may contain, and how the checked values become an
 * {@link ImageConfig}.
 *
 * <p>To add a table (such as {@code [workload]}): add its {@link TableSchema} to {@link #TABLES} and
 * read its values in {@link #toConfig}. The loader needs no change.
 */
public final class ConfigSchema {
    /** The {@code [kernel]} table: which providers the kernel is linked with. */
    public static final String KERNEL = "kernel";
    /** Key of the scheduler provider in {@code [kernel]}. */
    public static final String SCHEDULER = "scheduler";
    /** Key of the frame allocator provider in {@code [kernel]}. */
    public static final String FRAME_ALLOCATOR = "frame-allocator";
    /** The scheduler of an image that names none. */
    public static final String DEFAULT_SCHEDULER = "round-robin";
    /** The frame allocator of an image that names none. */
    public static final String DEFAULT_FRAME_ALLOCATOR = "bitmap";

    /** Key of the arch pack in {@code [kernel]}. */
    public static final String ARCH = "arch";
    /** The arch pack of an image that names none. */
    public static final String DEFAULT_ARCH = ImageConfig.KernelSection.DEFAULT_ARCH;

    /** Key of the heap plan in {@code [kernel]}. */
    public static final String HEAP = "heap";
    /** Key of the kernel heap size in {@code [kernel]}, such as {@code "32M"}. */
    public static final String HEAP_SIZE = "heap-size";
    /** Key of the debug option that checks the heap after every collection. */
    public static final String VERIFY_HEAP = "verify-heap";

    /** The known tables, in the order the writer emits them. */
    public static final List<TableSchema> TABLES = List.of(
            new TableSchema(KERNEL, List.of(
                    new KeySchema(ARCH, DEFAULT_ARCH, providerCheck(ProviderCatalog::archPack)),
                    new KeySchema(SCHEDULER, DEFAULT_SCHEDULER, providerCheck(ProviderCatalog::schedulerClass)),
                    new KeySchema(FRAME_ALLOCATOR, DEFAULT_FRAME_ALLOCATOR,
                            providerCheck(ProviderCatalog::frameAllocatorClass)),
                    new KeySchema(HEAP, ImageConfig.KernelSection.DEFAULT_HEAP, ConfigSchema::heapPlanProblem),
                    new KeySchema(HEAP_SIZE, "32M", value -> sizeOf(value) < 0
                            ? Optional.of("heap-size \"" + value + "\" must be a size from 1M to 1024M, such as \"32M\"")
                            : Optional.empty()),
                    new KeySchema(VERIFY_HEAP, "false", value -> value.equals("true") || value.equals("false")
                            ? Optional.empty() : Optional.of("verify-heap must be true or false")))));

    private static Optional<String> heapPlanProblem(String value) {
        try {
            ProviderCatalog.heapPlanClass(value);
            return Optional.empty();
        } catch (ProviderException unknown) {
            return Optional.of(unknown.getMessage());
        }
    }

    /** @param value a size such as 32M or 1024K @return it in bytes, or -1 when it is not a valid heap size */
    static long sizeOf(String value) {
        if (value.length() < 2) {
            return -1;
        }
        char unit = Character.toUpperCase(value.charAt(value.length() - 1));
        long factor = unit == 'K' ? 1L << 10 : unit == 'M' ? 1L << 20 : unit == 'G' ? 1L << 30 : -1;
        String digits = value.substring(0, value.length() - 1);
        if (factor < 0 || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
            return -1;
        }
        long bytes = Long.parseLong(digits) * factor;
        return bytes >= (1L << 20) && bytes <= (1L << 30) ? bytes : -1;
    }

    private ConfigSchema() {
    }

    /**
     * @param name a table name as written in TOML
     * @return its schema, or empty when Moka knows no such table
     */
    public static Optional<TableSchema> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** @return the table names in alphabetical order, for error messages */
    public static List<String> tableNames() {
        return java.util.stream.Stream.concat(TABLES.stream().map(TableSchema::name), java.util.stream.Stream.of("workload", "userland"))
                .sorted().toList();
    }

    /**
     * Builds the typed config from checked values.
     *
     * @param source the file the values came from, or null for a built-in description
     * @param values every key of every table of {@link #TABLES}, defaults filled in
     * @return the config
     */
    static ImageConfig toConfig(Path source, Map<String, Map<String, String>> values) {
        Map<String, String> kernel = values.get(KERNEL);
        return new ImageConfig(source, new ImageConfig.KernelSection(kernel.get(SCHEDULER), kernel.get(FRAME_ALLOCATOR),
                kernel.get(HEAP), sizeOf(kernel.get(HEAP_SIZE)), Boolean.parseBoolean(kernel.get(VERIFY_HEAP)),
                kernel.get(ARCH)));
    }

    /**
     * The inverse of {@link #toConfig}: every key of every table, as the writer emits them.
     *
     * @param config a config
     * @return table name to key to value, in schema order
     */
    static Map<String, Map<String, String>> valuesOf(ImageConfig config) {
        Map<String, String> kernel = new LinkedHashMap<>();
        kernel.put(ARCH, config.kernel().arch());
        kernel.put(SCHEDULER, config.kernel().scheduler());
        kernel.put(FRAME_ALLOCATOR, config.kernel().frameAllocator());
        kernel.put(HEAP, config.kernel().heap());
        kernel.put(HEAP_SIZE, config.kernel().heapBytes() % (1L << 20) == 0
                ? config.kernel().heapBytes() / (1L << 20) + "M" : config.kernel().heapBytes() / 1024 + "K");
        kernel.put(VERIFY_HEAP, Boolean.toString(config.kernel().verifyHeap()));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put(KERNEL, kernel);
        return values;
    }

    // The catalog reports an unknown name by throwing; its message already lists what is available.
    private static KeySchema.ValueCheck providerCheck(Consumer<String> lookup) {
        return value -> {
            try {
                lookup.accept(value);
                return Optional.empty();
            } catch (ProviderException unknown) {
                return Optional.of(unknown.getMessage());
            }
        };
    }
}
