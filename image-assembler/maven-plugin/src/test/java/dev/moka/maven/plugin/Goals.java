package dev.moka.maven.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * The goals as Maven sets them up, without Maven: a project with its output directory and runtime
 * dependencies, and the plugin's descriptor with its jars (the test class path's Moka modules).
 */
final class Goals {
    private Goals() {
    }

    /**
     * @param goal         a goal whose Maven-given fields are set here
     * @param classes      the project's {@code target/classes}
     * @param dependencies the project's runtime dependencies
     * @return the goal
     */
    static <T extends MokaMojo> T forProject(T goal, Path classes, List<Path> dependencies) {
        MavenProject project = new MavenProject();
        Build build = new Build();
        build.setOutputDirectory(classes.toString());
        build.setDirectory(classes.getParent().toString());
        project.getModel().setBuild(build);
        Set<Artifact> artifacts = new HashSet<>();
        int n = 0;
        for (Path dependency : dependencies) {
            artifacts.add(artifact("org.example", "dependency-" + n++, "1.0", dependency));
        }
        project.setArtifacts(artifacts);
        goal.project = project;
        goal.plugin = pluginDescriptor();
        return goal;
    }

    private static PluginDescriptor pluginDescriptor() {
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setGroupId("dev.moka");
        descriptor.setArtifactId("moka-maven-plugin");
        List<Artifact> jars = new ArrayList<>();
        int n = 0;
        for (Path jar : OutsideModules.mokaJars()) {
            jars.add(artifact("dev.moka", pluginArtifactId(n++), "0", jar));
        }
        descriptor.setArtifacts(jars);
        return descriptor;
    }

    /** @param n a position among the plugin's jars @return the artifact id the descriptor gives it, at version 0 */
    static String pluginArtifactId(int n) {
        return "moka-module-" + n;
    }

    private static Artifact artifact(String group, String id, String version, Path file) {
        // Maven's own jar handler puts jars on the class path; a handler made by hand must be told.
        DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
        jar.setAddedToClasspath(true);
        DefaultArtifact artifact = new DefaultArtifact(group, id, version, Artifact.SCOPE_RUNTIME, "jar", null, jar);
        artifact.setFile(file.toFile());
        return artifact;
    }
}
