package dev.moka.maven.plugin;

import dev.moka.maven.layer.EngineException;
import dev.moka.maven.layer.ImageEngine;
import dev.moka.maven.layer.ImageRequest;
import dev.moka.maven.layer.MokaLayer;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the image's description in the pom (a config file and settings that
 * override its {@code [kernel]} keys, as the builder API takes them), the project's module path, and
 * Moka's layer with the engine in it.
 */
abstract class MokaMojo extends AbstractMojo {
    /** How error messages name the settings below. */
    static final String SETTINGS_NAME = "moka-maven-plugin configuration";
    /** The image format of goals that are not told one: an ELF kernel with a Multiboot header. */
    static final String MULTIBOOT = "multiboot";
    /** The image format of a raw disk that boots through Moka's own boot sector and loader. */
    static final String DISK = "disk";

    /** A TOML image description to start from; without it, Moka's default image. */
    @Parameter(property = "moka.config")
    File configFile;

    /** The arch pack, by its name; overrides the config file's {@code arch}. */
    @Parameter(property = "moka.arch")
    String arch;

    /** The scheduler, by its {@code name()}; overrides the config file's {@code scheduler}. */
    @Parameter(property = "moka.scheduler")
    String scheduler;

    /** The frame allocator, by its {@code name()}; overrides the config file's {@code frame-allocator}. */
    @Parameter(property = "moka.frameAllocator")
    String frameAllocator;

    /** The heap plan, by its {@code name()}; overrides the config file's {@code heap}. */
    @Parameter(property = "moka.heap")
    String heap;

    /** The kernel heap's size, such as {@code 32M}; overrides the config file's {@code heap-size}. */
    @Parameter(property = "moka.heapSize")
    String heapSize;

    /** Whether the collector checks the heap after every collection; overrides {@code verify-heap}. */
    @Parameter(property = "moka.verifyHeap")
    Boolean verifyHeap;

    /** Skips the goal. */
    @Parameter(property = "moka.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (moka.skip)");
            return;
        }
        try {
            run(layer());
        } catch (EngineException wrong) {
            throw new MojoFailureException(wrong.getMessage());
        } catch (IllegalArgumentException notAModule) {
            throw new MojoFailureException(notAModule.getMessage());
        } catch (IllegalStateException brokenPlugin) {
            // Moka's own modules do not resolve from the plugin's jars: nothing the project can fix.
            throw new MojoExecutionException(brokenPlugin.getMessage(), brokenPlugin);
        }
    }

    /**
     * Does the goal's work.
     *
     * @param moka Moka's layer, with the engine and the names of its modules
     * @throws EngineException        when the engine refuses the request; the build fails with its message
     * @throws MojoFailureException   when the kernel reports failure
     * @throws MojoExecutionException when something outside the user's hands goes wrong
     */
    abstract void run(MokaLayer moka) throws EngineException, MojoFailureException, MojoExecutionException;

    /** @return Moka's layer, made from the plugin's own dependencies */
    MokaLayer layer() {
        List<Path> jars = new ArrayList<>();
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null) {
                jars.add(artifact.getFile().toPath());
            }
        }
        return MokaLayer.of(jars, MokaMojo.class.getClassLoader());
    }

    /**
     * @param moka Moka's layer, whose modules the project's copies give way to
     * @return the pom's description of the image, with the project's module path
     */
    ImageRequest imageRequest(MokaLayer moka) {
        warnAboutOtherVersions();
        List<Path> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
                dependencies.add(artifact.getFile().toPath());
            }
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<Path> modulePath = ProjectModulePath.of(classes, dependencies, moka.moduleNames());
        getLog().debug("module path: " + modulePath);
        return new ImageRequest(configFile == null ? null : configFile.toPath(), arch, scheduler, frameAllocator, heap,
                heapSize, verifyHeap, modulePath, SETTINGS_NAME);
    }

    /** A project built against other Moka versions than the plugin's links the plugin's: say so. */
    private void warnAboutOtherVersions() {
        Map<String, String> pluginVersions = new TreeMap<>();
        for (Artifact artifact : plugin.getArtifacts()) {
            pluginVersions.put(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getVersion());
        }
        // The declared dependencies, provided ones included: moka-kernel-api is usually provided.
        for (Dependency dependency : project.getDependencies()) {
            String key = dependency.getGroupId() + ":" + dependency.getArtifactId();
            String linked = pluginVersions.get(key);
            if (linked != null && dependency.getGroupId().equals(plugin.getGroupId())
                    && !linked.equals(dependency.getVersion())) {
                getLog().warn("the project depends on " + key + ":" + dependency.getVersion() + ", but the image "
                        + "links the plugin's " + linked + "; import moka-bom at the plugin's version to keep them equal");
            }
        }
    }

    /**
     * @param given  the image file the pom names, or null
     * @param format the image's format
     * @return the file given, else {@code kernel.elf} in the build folder, or {@code disk.img} for a disk,
     *         the names {@code moka run} gives them
     */
    Path imageFile(File given, String format) {
        if (given != null) {
            return given.toPath();
        }
        return Path.of(project.getBuild().getDirectory(), DISK.equals(format) ? "disk.img" : "kernel.elf");
    }

    /** @return a stream whose lines go to the build log at info level */
    PrintStream progress() {
        return new PrintStream(new LineLog(getLog()::info), true, StandardCharsets.UTF_8);
    }
}
