package dev.moka.assembler.config;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.providers.UnknownProviderException;
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

    /** The known tables, in the order the writer emits them. */
    public static final List<TableSchema> TABLES = List.of(
            new TableSchema(KERNEL, List.of(
                    new KeySchema(SCHEDULER, DEFAULT_SCHEDULER, providerCheck(ProviderCatalog::schedulerClass)),
                    new KeySchema(FRAME_ALLOCATOR, DEFAULT_FRAME_ALLOCATOR,
                            providerCheck(ProviderCatalog::frameAllocatorClass)))));

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
        return java.util.stream.Stream.concat(TABLES.stream().map(TableSchema::name), java.util.stream.Stream.of("workload"))
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
        return new ImageConfig(source,
                new ImageConfig.KernelSection(kernel.get(SCHEDULER), kernel.get(FRAME_ALLOCATOR)));
    }

    /**
     * The inverse of {@link #toConfig}: every key of every table, as the writer emits them.
     *
     * @param config a config
     * @return table name to key to value, in schema order
     */
    static Map<String, Map<String, String>> valuesOf(ImageConfig config) {
        Map<String, String> kernel = new LinkedHashMap<>();
        kernel.put(SCHEDULER, config.kernel().scheduler());
        kernel.put(FRAME_ALLOCATOR, config.kernel().frameAllocator());
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
            } catch (UnknownProviderException unknown) {
                return Optional.of(unknown.getMessage());
            }
        };
    }
}
