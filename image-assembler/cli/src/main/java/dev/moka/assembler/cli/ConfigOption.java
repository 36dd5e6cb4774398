package dev.moka.assembler.cli;

import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands that build an image. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE.toml",
            description = "The image description. Default: the project's default image (config/default.toml).")
    Path file;

    /**
     * @return the image description the user chose, or the built-in default
     * @throws ConfigException when it cannot be read or is wrong
     */
    ImageConfig load() throws ConfigException {
        return file == null ? ImageConfigLoader.loadDefault() : ImageConfigLoader.load(file);
    }

    /** @return how progress messages name the description */
    String displayName() {
        return file == null ? "the default image" : file.toString();
    }
}
