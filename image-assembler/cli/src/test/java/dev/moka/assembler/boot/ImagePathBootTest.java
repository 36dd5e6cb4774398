package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run does not depend on where the image file is. QEMU hands the kernel the image's path as its
 * Multiboot command line; under {@code -icount shift=0} time is counted in instructions, so a boot
 * that read or copied that line would move every timer interrupt, and the scheduling shares of the
 * collecting threads in {@code config/gc-threads.toml} would change with the path.
 */
class ImagePathBootTest {
    private static final Path GC_THREADS = Path.of("../../config/gc-threads.toml");

    @TempDir
    Path dir;

    @Test
    void theSameImageBootedFromAShortAndALongPathPrintsTheSameUnderInstructionCountedTime() throws Exception {
        ImageConfig config = ImageConfigLoader.load(GC_THREADS);
        byte[] image = ImageBuilder.assemble(config, MokaVersion.current()).bytes();
        Path near = Files.write(dir.resolve("k"), image);
        Path farFolder = Files.createDirectories(dir.resolve("a".repeat(120)).resolve("b".repeat(120)));
        Path far = Files.write(farFolder.resolve("gc-threads-kernel-image-with-a-long-name.elf"), image);

        String fromNear = bootCountingInstructions(near);
        String fromFar = bootCountingInstructions(far);

        assertTrue(fromNear.contains("thread a: ") && fromNear.contains("churn: "),
                "the workload printed no shares:\n" + fromNear);
        assertEquals(fromNear, fromFar, "booted from " + near + " and from " + far);
    }

    private static String bootCountingInstructions(Path image) throws Exception {
        QemuOptions options = QemuOptions.defaults().withTimeout(Duration.ofSeconds(60))
                .withExtraArgs(List.of("-icount", "shift=0"));
        QemuResult result = QemuRunner.locate().run(image, options, new ByteArrayOutputStream());
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), "QEMU exit status; serial:\n" + result.serialOutput());
        return result.serialOutput();
    }
}
