package dev.moka.assembler.cli.batch;

import dev.moka.assembler.image.ImageAssembler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds an image through {@link ImageAssembler}'s builder, as a tool or a test would, so a test can
 * compare its bytes with the command line's: {@code BuilderLauncher MODULE_JAR CONFIG IMAGE}.
 */
public final class BuilderLauncher {
    private BuilderLauncher() {
    }

    /** @param args the outside module's jar, the config, where to write the image */
    public static void main(String[] args) throws Exception {
        ImageAssembler.Result result = ImageAssembler.builder()
                .modulePath(List.of(Path.of(args[0])))
                .config(Path.of(args[1]))
                .build();
        Files.write(Path.of(args[2]), result.image());
    }
}
