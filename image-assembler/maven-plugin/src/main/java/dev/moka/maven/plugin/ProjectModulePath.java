package dev.moka.maven.plugin;

import dev.moka.maven.layer.MokaLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The module path a project's image draws on: its own classes, then its runtime dependencies, less
 * the ones that are Moka's own modules (the plugin brings those, in its layer, at its version).
 */
final class ProjectModulePath {
    private ProjectModulePath() {
    }

    /**
     * @param classes      the project's compiled classes ({@code target/classes}); left out when it holds no
     *                     class file (a project that only configures an image)
     * @param dependencies the project's runtime dependencies, in Maven's order
     * @param mokaModules  the modules of Moka's layer
     * @return the module path entries
     * @throws IllegalArgumentException when the project has classes but they are not a module
     */
    static List<Path> of(Path classes, List<Path> dependencies, Set<String> mokaModules) {
        List<Path> entries = new ArrayList<>();
        if (hasClasses(classes)) {
            if (!Files.isRegularFile(classes.resolve("module-info.class"))) {
                throw new IllegalArgumentException(classes + " holds classes but no module-info.class: Moka finds a "
                        + "project's providers through the provides clauses of its module declaration, so add "
                        + "src/main/java/module-info.java");
            }
            entries.add(classes);
        }
        for (Path dependency : dependencies) {
            Optional<String> module = MokaLayer.explicitModule(dependency);
            if (module.isEmpty() || !mokaModules.contains(module.get())) {
                entries.add(dependency);
            }
        }
        return entries;
    }

    private static boolean hasClasses(Path classes) {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read " + classes + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
