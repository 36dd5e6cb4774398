package dev.moka.maven.plugin.launch;

import dev.moka.assembler.image.ImageAssembler;
import dev.moka.assembler.providers.ModulePath;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds an image through {@link ImageAssembler}'s builder as a Java tool would, with the scheduler
 * given by a setter: {@code SettersLauncher MODULE_PATH CONFIG SCHEDULER IMAGE}.
 */
public final class SettersLauncher {
    private SettersLauncher() {
    }

    /** @param args the module path ({@code :}-separated), the config, the scheduler, where to write the image */
    public static void main(String[] args) throws Exception {
        ImageAssembler.Result result = ImageAssembler.builder()
                .modulePath(ModulePath.split(args[0]))
                .config(Path.of(args[1]))
                .scheduler(args[2])
                .build();
        Files.write(Path.of(args[3]), result.image());
    }
}
