package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MokaVersionTest {
    @Test
    void theVersionIsTheProjectVersionOfTheBuild() throws IOException {
        // Surefire runs in the module folder; the reactor's parent pom is two levels up.
        String parentPom = Files.readString(Path.of("../../pom.xml"));
        Matcher version = Pattern.compile("<artifactId>moka-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(parentPom);
        assertTrue(version.find(), "the parent pom declares its version after its artifactId");
        assertEquals(version.group(1), MokaVersion.current());
    }
}
