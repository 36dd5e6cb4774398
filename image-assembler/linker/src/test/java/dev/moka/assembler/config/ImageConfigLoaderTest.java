package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.providers.ProviderCatalogTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageConfigLoaderTest {
    private static final Path SOURCE = Path.of("config.toml");

    private static ImageConfig parse(String text) throws ConfigException {
        return ImageConfigLoader.parse(text, SOURCE);
    }

    private static ConfigException failure(String text) {
        return assertThrows(ConfigException.class, () -> parse(text));
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws ConfigException {
        ImageConfig config = parse("");
        assertEquals(ConfigSchema.DEFAULT_SCHEDULER, config.kernel().scheduler());
        assertEquals(ConfigSchema.DEFAULT_FRAME_ALLOCATOR, config.kernel().frameAllocator());
        assertEquals(SOURCE, config.source());
    }

    @Test
    void anAbsentKeyTakesItsDefault() throws ConfigException {
        String other = ProviderCatalog.schedulerNames().stream()
                .filter(name -> !name.equals(ConfigSchema.DEFAULT_SCHEDULER)).findFirst().orElseThrow();
        ImageConfig config = parse("[kernel]\nscheduler = \"" + other + "\"\n");
        assertEquals(other, config.kernel().scheduler());
        assertEquals(ConfigSchema.DEFAULT_FRAME_ALLOCATOR, config.kernel().frameAllocator());
    }

    @Test
    void dottedKeysAndInlineTablesAreTheSameAsATable() throws ConfigException {
        ImageConfig table = parse("[kernel]\nscheduler = \"round-robin\"\nframe-allocator = \"bitmap\"\n");
        ImageConfig dotted = parse("kernel.scheduler = \"round-robin\"\nkernel.frame-allocator = 'bitmap'\n");
        ImageConfig inline = parse("kernel = { scheduler = \"round-robin\", \"frame-allocator\" = \"bitmap\" }\n");
        assertEquals(table.kernel(), dotted.kernel());
        assertEquals(table.kernel(), inline.kernel());
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        ConfigException error = failure("# image\n[kernel]\nscheduler = \n");
        assertEquals(3, error.line());
        assertTrue(error.getMessage().startsWith("config.toml:3: "), error.getMessage());
    }

    @Test
    void anUnclosedTableHeaderIsASyntaxError() {
        ConfigException error = failure("[kernel\nscheduler = \"round-robin\"\n");
        assertEquals(1, error.line());
    }

    @Test
    void aDuplicateKeyIsReportedWhereItIsRepeated() {
        ConfigException error = failure("[kernel]\nscheduler = \"round-robin\"\nscheduler = \"round-robin\"\n\n");
        assertEquals("config.toml:3: \"kernel.scheduler\" is defined twice", error.getMessage());
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheKnownKeys() {
        ConfigException error = failure("[kernel]\nscheduler = \"round-robin\"\n\n# typo below\nschedular = \"x\"\n");
        assertEquals("config.toml:5: unknown key \"schedular\" in [kernel]; known keys: arch, frame-allocator, heap, heap-size, scheduler, verify-heap",
                error.getMessage());
    }

    @Test
    void anUnknownKeyInAnInlineTableIsFoundOnTheTablesLine() {
        ConfigException error = failure("\nkernel = { scheduler = \"round-robin\", stack = \"small\" }\n");
        assertEquals(2, error.line());
        assertTrue(error.detail().startsWith("unknown key \"stack\" in [kernel]"), error.detail());
    }

    @Test
    void anUnknownTableIsAnError() {
        ConfigException error = failure("[kernel]\nscheduler = \"round-robin\"\n\n[workloads]\nname = \"x\"\n");
        assertEquals("config.toml:4: unknown table [workloads]; known tables: kernel, userland, workload", error.getMessage());
    }

    @Test
    void anUnknownTopLevelKeyIsAnError() {
        ConfigException error = failure("name = \"demo\"\n[kernel]\n");
        assertEquals("config.toml:1: unknown top-level key \"name\"; known tables: kernel, userland, workload", error.getMessage());
    }

    @Test
    void aTableGivenAsAValueIsATypeError() {
        ConfigException error = failure("kernel = \"round-robin\"\n");
        assertEquals("config.toml:1: \"kernel\" must be a table, found a string", error.getMessage());
    }

    @Test
    void anArrayOfTablesIsATypeError() {
        ConfigException error = failure("[[kernel]]\nscheduler = \"round-robin\"\n");
        assertEquals("config.toml:1: \"kernel\" must be a table, found an array", error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeNamesWhatWasFound() {
        assertEquals("config.toml:2: \"scheduler\" in [kernel] must be a string, found an integer",
                failure("[kernel]\nscheduler = 3\n").getMessage());
        assertEquals("config.toml:3: \"frame-allocator\" in [kernel] must be a string, found a boolean",
                failure("[kernel]\nscheduler = \"round-robin\"\nframe-allocator = true\n").getMessage());
        assertTrue(failure("[kernel]\nscheduler = [\"round-robin\"]\n").detail().endsWith("found an array"));
        assertTrue(failure("[kernel]\nscheduler = 1.5\n").detail().endsWith("found a float"));
        assertTrue(failure("[kernel]\nscheduler = 2024-01-01\n").detail().endsWith("found a date or time"));
        assertTrue(failure("[kernel]\nscheduler = { name = \"x\" }\n").detail().endsWith("found a table"));
    }

    @Test
    void anUnknownSchedulerListsTheAvailableOnes() {
        ConfigException error = failure("[kernel]\nscheduler = \"foo\"\n");
        assertEquals(2, error.line());
        assertEquals("unknown scheduler \"foo\"; available: " + String.join(", ", ProviderCatalog.schedulerNames())
                + ProviderCatalogTest.searched("scheduler"), error.detail());
    }

    @Test
    void anUnknownFrameAllocatorListsTheAvailableOnes() {
        ConfigException error = failure("[kernel]\n\nframe-allocator = \"slab\"\n");
        assertEquals(3, error.line());
        assertEquals("unknown frame allocator \"slab\"; available: "
                + String.join(", ", ProviderCatalog.frameAllocatorNames()) + ProviderCatalogTest.searched("frame allocator"),
                error.detail());
    }

    @Test
    void theFirstProblemInTheDocumentIsReported() {
        ConfigException error = failure("[kernel]\nscheduler = \"foo\"\nframe-allocator = 7\n");
        assertEquals(2, error.line());
    }

    @Test
    void aMissingFileIsReportedByItsName(@TempDir Path dir) {
        Path missing = dir.resolve("absent.toml");
        ConfigException error = assertThrows(ConfigException.class, () -> ImageConfigLoader.load(missing));
        assertEquals(missing + ": no such file", error.getMessage());
        assertEquals(ConfigException.NO_LINE, error.line());
    }

    @Test
    void aFileIsReadAndRemembered(@TempDir Path dir) throws IOException, ConfigException {
        Path file = dir.resolve("image.toml");
        Files.writeString(file, "[kernel]\nframe-allocator = \"bitmap\"\n");
        ImageConfig config = ImageConfigLoader.load(file);
        assertEquals(file, config.source());
        assertEquals("bitmap", config.kernel().frameAllocator());
    }

    @Test
    void errorsInAFileNameThatFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.toml");
        Files.writeString(file, "[kernel]\nscheduler = \"foo\"\n");
        ConfigException error = assertThrows(ConfigException.class, () -> ImageConfigLoader.load(file));
        assertTrue(error.getMessage().startsWith(file + ":2: unknown scheduler \"foo\""), error.getMessage());
    }

    @Test
    void theBuiltInDefaultIsTheProjectsDefaultImage() throws IOException, ConfigException {
        // Surefire runs in the module folder; the project's copy is at the repository root.
        Path projectCopy = Path.of("../../config/default.toml");
        assertEquals(Files.readString(projectCopy), ImageConfigLoader.defaultText());
        ImageConfig config = ImageConfigLoader.loadDefault();
        assertNull(config.source());
        assertEquals(ImageConfigLoader.load(projectCopy).kernel(), config.kernel());
    }

    @Test
    void everySampleConfigOfTheProjectLoads() throws IOException, ConfigException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("../../config"))) {
            samples = files.filter(file -> file.toString().endsWith(".toml")).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "config/ holds the sample images");
        for (Path sample : samples) {
            assertEquals(sample, ImageConfigLoader.load(sample).source());
        }
    }
}
