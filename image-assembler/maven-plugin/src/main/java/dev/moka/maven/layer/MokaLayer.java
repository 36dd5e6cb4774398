package dev.moka.maven.layer;

import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moka's modules, loaded from a host's jars into a module layer of their own, and the engine that
 * serves the host from inside it.
 *
 * <p>Every jar (or exploded module directory) that holds an explicit module goes into the layer's
 * module finder; the layer resolves {@value #ROOT} and binds the services its modules use, which
 * brings in the kernel modules through their {@code provides} clauses exactly as {@code java -p}
 * does for the {@code moka} command. Jars that are not modules (the host's own, say) are left out.
 *
 * <p>Layers are kept per list of jars: a Maven build that runs the goals in many projects loads
 * Moka once.
 */
public final class MokaLayer {
    /** The module whose requirements make up the engine's world: the command line, with the linker and hosted runner. */
    public static final String ROOT = "dev.moka.assembler.cli";
    /** The engine's class, loaded above the layer. */
    static final String ENGINE_CLASS = "dev.moka.maven.engine.LayerEngine";

    private static final Map<List<Path>, MokaLayer> LOADED = new HashMap<>();

    private final ModuleLayer layer;
    private final ImageEngine engine;

    private MokaLayer(ModuleLayer layer, ImageEngine engine) {
        this.layer = layer;
        this.engine = engine;
    }

    /**
     * @param jars the host's jars and directories, Moka's modules and their libraries among them
     * @param host the loader that loaded this class: the engine's classes and the shared types come from it
     * @return the layer for those jars, loaded on first use
     * @throws IllegalStateException when the jars lack a module the engine needs
     */
    public static MokaLayer of(List<Path> jars, ClassLoader host) {
        List<Path> key = List.copyOf(jars);
        synchronized (LOADED) {
            MokaLayer loaded = LOADED.get(key);
            if (loaded == null) {
                loaded = load(key, host);
                LOADED.put(key, loaded);
            }
            return loaded;
        }
    }

    private static MokaLayer load(List<Path> jars, ClassLoader host) {
        List<Path> modules = new ArrayList<>();
        for (Path jar : jars) {
            explicitModule(jar).ifPresent(name -> modules.add(jar));
        }
        Configuration configuration;
        try {
            configuration = ModuleLayer.boot().configuration().resolveAndBind(
                    ModuleFinder.of(modules.toArray(Path[]::new)), ModuleFinder.of(), Set.of(ROOT));
        } catch (FindException | ResolutionException missing) {
            throw new IllegalStateException("Moka's modules do not resolve from " + jars + ": "
                    + missing.getMessage(), missing);
        }
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, new SharedTypesLoader(host));
        EngineLoader engineLoader = new EngineLoader(layer.findLoader(ROOT), host);
        try {
            Object engine = engineLoader.loadClass(ENGINE_CLASS).getConstructor().newInstance();
            return new MokaLayer(layer, (ImageEngine) engine);
        } catch (ReflectiveOperationException | LinkageError broken) {
            Throwable cause = broken instanceof InvocationTargetException thrown ? thrown.getCause() : broken;
            throw new IllegalStateException("cannot start Moka's engine in its layer: " + cause, cause);
        }
    }

    /**
     * @param entry a jar or directory
     * @return the name of the one explicit module it holds, or empty for anything else (a plain jar,
     *         an unreadable file, a directory of several modules)
     */
    public static Optional<String> explicitModule(Path entry) {
        try {
            Set<ModuleReference> found = ModuleFinder.of(entry).findAll();
            if (found.size() != 1) {
                return Optional.empty();
            }
            ModuleDescriptor descriptor = found.iterator().next().descriptor();
            return descriptor.isAutomatic() ? Optional.empty() : Optional.of(descriptor.name());
        } catch (FindException unreadable) {
            return Optional.empty();
        }
    }

    /** @return the engine, running inside the layer */
    public ImageEngine engine() {
        return engine;
    }

    /** @return the names of the modules in the layer, sorted: a project's copies of them are not outside modules */
    public Set<String> moduleNames() {
        Set<String> names = new TreeSet<>();
        layer.modules().forEach(module -> names.add(module.getName()));
        return names;
    }
}
