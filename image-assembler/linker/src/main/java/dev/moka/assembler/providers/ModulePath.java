package dev.moka.assembler.providers;

import dev.moka.kernel.api.sched.Scheduler;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Outside modules an image may draw providers and kernel classes from: jars and exploded module
 * directories given with {@code --module-path} or {@code MOKA_MODULE_PATH}, or a project's classes and
 * dependencies in the Maven plugin, resolved into a module layer above Moka's own modules. Their
 * {@code provides} clauses join the providers an image config can name, and the compiler reads their
 * classes.
 *
 * <p>Moka's own modules are where {@code dev.moka.kernel.api} is: the boot layer when Moka runs on
 * the module path (the {@code moka} command), a layer of their own when a host such as the Maven
 * plugin loads them into one. Outside modules resolve above that layer, against the very
 * {@code dev.moka.kernel.api} the assembler uses, so their providers are the assembler's SPI types.
 *
 * <p>Everything is checked before anything is built: an entry that does not exist, a jar that is not
 * a module (no {@code module-info.class}), two entries holding the same module, a module that
 * clashes with one of Moka's own, and a module whose {@code requires} cannot be met each end the
 * command with a message naming the entry.
 *
 * @param entries the jars and directories, in the order given
 * @param layer   the layer holding their modules; Moka's own layer ({@link #mokaLayer()}) when there are none
 */
public record ModulePath(List<Path> entries, ModuleLayer layer) {
    /** The module outside modules are written against; unnamed when Moka runs on the class path. */
    private static final Module API = Scheduler.class.getModule();

    /** No outside modules: Moka's own providers only. */
    public static final ModulePath NONE = new ModulePath(List.of(), mokaLayer());

    /** Copies the entries. */
    public ModulePath {
        entries = List.copyOf(entries);
    }

    /**
     * @param text entries separated by {@code :} (empty entries are ignored), or null
     * @return the entries, unchecked
     */
    public static List<Path> split(String text) {
        List<Path> entries = new ArrayList<>();
        if (text != null) {
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry));
                }
            }
        }
        return entries;
    }

    /**
     * Checks the entries and resolves their modules above the layer of Moka's own modules.
     *
     * @param entries jars and exploded module directories
     * @return the module path, or {@link #NONE} when there are no entries
     * @throws ProviderException when an entry is missing or not a module, or the modules do not resolve
     */
    public static ModulePath resolve(List<Path> entries) {
        if (entries.isEmpty()) {
            return NONE;
        }
        ModuleLayer moka = mokaLayer();
        Map<String, Path> modules = new TreeMap<>();
        for (Path entry : entries) {
            for (String name : moduleNames(entry)) {
                Path earlier = modules.putIfAbsent(name, entry);
                if (earlier != null) {
                    throw new ProviderException("module " + name + " is on the module path twice: in " + earlier
                            + " and in " + entry);
                }
                if (moka.findModule(name).isPresent()) {
                    throw new ProviderException("module " + name + " in " + entry
                            + " has the name of a module Moka already has; an outside module needs a name of its own");
                }
            }
        }
        ModuleFinder finder = ModuleFinder.of(entries.toArray(Path[]::new));
        try {
            Configuration configuration = moka.configuration()
                    .resolveAndBind(finder, ModuleFinder.of(), modules.keySet());
            ModuleLayer layer = moka.defineModulesWithOneLoader(configuration, mokaLoader());
            return new ModulePath(entries, layer);
        } catch (FindException | ResolutionException | LayerInstantiationException failure) {
            throw new ProviderException("the module path " + describe(entries) + " does not resolve: "
                    + failure.getMessage() + (API.isNamed() ? "" : "; Moka's own modules are on the class path "
                    + "here, so no outside module can require them: run Moka on the module path"), failure);
        }
    }

    /**
     * @return the layer holding Moka's own modules: the boot layer for the {@code moka} command, the
     *         host's layer when Moka was loaded into one; the boot layer when Moka is on the class path
     */
    public static ModuleLayer mokaLayer() {
        ModuleLayer layer = API.getLayer();
        return layer != null ? layer : ModuleLayer.boot();
    }

    /** The loader outside modules delegate to for classes outside their layer: the one that loaded Moka. */
    private static ClassLoader mokaLoader() {
        ClassLoader loader = API.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static Set<String> moduleNames(Path entry) {
        if (!Files.exists(entry)) {
            throw new ProviderException("module path entry " + entry + " does not exist");
        }
        Path fileName = entry.getFileName();
        if (Files.isRegularFile(entry) && (fileName == null || !fileName.toString().endsWith(".jar"))) {
            throw new ProviderException("module path entry " + entry + " is neither a jar nor a directory");
        }
        Set<ModuleReference> found;
        try {
            found = ModuleFinder.of(entry).findAll();
        } catch (FindException unreadable) {
            throw new ProviderException("module path entry " + entry + " cannot be read as a module: "
                    + unreadable.getMessage(), unreadable);
        }
        Set<String> names = new TreeSet<>();
        for (ModuleReference reference : found) {
            ModuleDescriptor descriptor = reference.descriptor();
            if (descriptor.isAutomatic()) {
                throw new ProviderException("module path entry " + entry + " is not a module: it has no "
                        + "module-info.class (Moka finds providers through the provides clauses of module declarations)");
            }
            names.add(descriptor.name());
        }
        if (names.isEmpty()) {
            throw new ProviderException("module path entry " + entry + " holds no module: a directory on the "
                    + "module path must be an exploded module (module-info.class at its top) or a folder of modular jars");
        }
        return names;
    }

    /** @return how messages name this module path: its entries, or a phrase when there are none */
    public String describe() {
        return entries.isEmpty() ? "(none)" : describe(entries);
    }

    private static String describe(List<Path> entries) {
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            if (text.length() > 0) {
                text.append(File.pathSeparator);
            }
            text.append(entry);
        }
        return text.toString();
    }
}
