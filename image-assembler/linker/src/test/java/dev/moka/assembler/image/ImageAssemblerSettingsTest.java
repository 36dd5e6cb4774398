package dev.moka.assembler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's setters override the config file's {@code [kernel]} keys, keep its other tables, and
 * are checked as the file's keys are; a bad value is named by the settings, not by a line of a table
 * the builder made up.
 */
class ImageAssemblerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settersOverrideTheFileAndKeepItsWorkload() throws Exception {
        Path file = Files.writeString(dir.resolve("image.toml"), """
                [kernel]
                scheduler = "priority"
                heap-size = "16M"

                [workload]
                ticks = 40
                threads = [ { name = "a" } ]
                """);
        ImageConfig config = ImageAssembler.builder().config(file).scheduler("eevdf").heapSize("2048K")
                .verifyHeap(true).checkedConfig();
        assertEquals("eevdf", config.kernel().scheduler());
        assertEquals(2L << 20, config.kernel().heapBytes());
        assertTrue(config.kernel().verifyHeap());
        assertEquals("bitmap", config.kernel().frameAllocator(), "a key no setter gave keeps its default");
        assertEquals(40, config.workload().ticks());
        assertEquals(file, config.source());
    }

    @Test
    void aSetterGivenNullLeavesTheFilesValue() throws Exception {
        Path file = Files.writeString(dir.resolve("priority.toml"), "[kernel]\nscheduler = \"priority\"\n");
        assertEquals("priority", ImageAssembler.builder().config(file).scheduler("eevdf").scheduler(null)
                .checkedConfig().kernel().scheduler());
    }

    @Test
    void heapBytesAndHeapSizeSayTheSame() throws Exception {
        assertEquals(ImageAssembler.builder().heapSize("3M").checkedConfig(),
                ImageAssembler.builder().heapBytes(3L << 20).checkedConfig());
    }

    @Test
    void aBadSettingIsNamedBySettingsName() {
        ConfigException wrong = assertThrows(ConfigException.class,
                () -> ImageAssembler.builder().settingsName("the pom").heapSize("12").checkedConfig());
        assertEquals("the pom: heap-size \"12\" must be a size from 1M to 1024M, such as \"32M\"", wrong.getMessage());
    }

    @Test
    void anUnknownSchedulerIsNamedByTheDefaultSettingsName() {
        ConfigException wrong = assertThrows(ConfigException.class,
                () -> ImageAssembler.builder().scheduler("none-such").checkedConfig());
        assertTrue(wrong.getMessage().startsWith(ImageAssembler.DEFAULT_SETTINGS_NAME
                + ": unknown scheduler \"none-such\"; available: "), wrong.getMessage());
    }

    @Test
    void settersGiveTheImageTheEquivalentFileGives() throws Exception {
        Path file = Files.writeString(dir.resolve("eevdf.toml"), "[kernel]\nscheduler = \"eevdf\"\nheap = \"mark-sweep\"\n"
                + "[userland]\npackages = [\"coreutils\", \"usertests\", \"sysbench\"]\n");
        byte[] fromFile = ImageAssembler.builder().config(file).build().image();
        byte[] fromSetters = ImageAssembler.builder().scheduler("eevdf").heap("mark-sweep").build().image();
        assertArrayEquals(fromFile, fromSetters);
    }
}
