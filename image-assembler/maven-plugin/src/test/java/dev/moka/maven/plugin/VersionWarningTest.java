package dev.moka.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project that declares a Moka artifact at another version than the plugin's is told which one the image links. */
class VersionWarningTest {
    @TempDir
    Path dir;

    @Test
    void aProvidedKernelApiOfAnotherVersionIsWarnedAbout() throws Exception {
        RunHostedMojo run = Goals.forProject(new RunHostedMojo(), dir.resolve("classes"), List.of());
        Dependency api = new Dependency();
        api.setGroupId("dev.moka");
        api.setArtifactId(Goals.pluginArtifactId(0));
        api.setVersion("9.9");
        api.setScope("provided");
        run.project.getModel().addDependency(api);
        List<String> warnings = new ArrayList<>();
        run.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        FrontDoorsTest.SerialCapture.of(run::execute);
        assertEquals(List.of("the project depends on dev.moka:" + Goals.pluginArtifactId(0) + ":9.9, but the image "
                + "links the plugin's 0; import moka-bom at the plugin's version to keep them equal"), warnings);
    }
}
