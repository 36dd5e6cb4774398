package dev.moka.assembler.cli;

import dev.moka.assembler.providers.ModulePath;
import dev.moka.assembler.providers.ProviderCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --module-path} option shared by the commands that build: outside modules whose
 * {@code provides} clauses join the providers a config can name. {@code MOKA_MODULE_PATH} adds its
 * entries after the option's.
 */
final class ModulePathOption {
    /** The environment variable read besides the option. */
    static final String ENVIRONMENT = "MOKA_MODULE_PATH";

    @Option(names = {"-p", "--module-path"}, paramLabel = "PATH",
            description = "Outside modules (jars and exploded module directories, separated by ':') whose providers "
                    + "an image may name. " + ENVIRONMENT + " adds more.")
    String modulePath;

    /** @return the option's entries, then the environment's */
    List<Path> entries() {
        List<Path> entries = new ArrayList<>(ModulePath.split(modulePath));
        entries.addAll(ModulePath.split(System.getenv(ENVIRONMENT)));
        return entries;
    }

    /**
     * Resolves the entries and makes their providers visible to the catalog.
     *
     * @return the module path in use
     * @throws dev.moka.assembler.providers.ProviderException when an entry is wrong
     */
    ModulePath install() {
        ModulePath path = ModulePath.resolve(entries());
        ProviderCatalog.use(path);
        return path;
    }
}
