package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boots real images in QEMU and reads what the kernel printed over COM1 and the exit status it set
 * through the isa-debug-exit port; then runs the same kernel hosted and compares.
 */
class KernelBootTest {
    private static final Map<String, AssembledImage> IMAGES = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    private static AssembledImage image(String scheduler) {
        return IMAGES.computeIfAbsent(scheduler, s -> {
            try {
                return ImageBuilder.assemble(config(s), MokaVersion.current());
            } catch (Exception e) {
                throw new AssertionError("image for " + s + " did not build", e);
            }
        });
    }

    private static ImageConfig config(String scheduler) {
        return new ImageConfig(null, new ImageConfig.KernelSection(scheduler, "bitmap"));
    }

    private static List<String> bootLines(String scheduler, int megabytes) {
        return List.of(
                "Moka " + MokaVersion.current(),
                "scheduler: " + scheduler,
                "frame allocator: bitmap",
                "memory: " + QemuBoot.expectedUsableKiB(megabytes) + " KiB usable");
    }

    @ParameterizedTest(name = "{0} with {1} MiB")
    @CsvSource({"round-robin, 128", "round-robin, 256", "priority, 128", "priority, 256"})
    void bootsAndReportsConfigurationAndMemory(String scheduler, int megabytes) throws Exception {
        QemuResult result = QemuBoot.boot(image(scheduler), dir, megabytes + "M");
        List<String> printed = result.serialOutput().lines().toList();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), "QEMU exit status; serial:\n" + result.serialOutput());
        assertTrue(printed.containsAll(bootLines(scheduler, megabytes)),
                "expected " + bootLines(scheduler, megabytes) + " in:\n" + result.serialOutput());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"round-robin", "priority"})
    void hostedRunPrintsTheSameFourLinesAsQemu(String scheduler) throws Exception {
        QemuResult nativeRun = QemuBoot.boot(image(scheduler), dir, "128M");
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        dev.moka.assembler.hosted.HostedResult hosted = HostedRunner.run(config(scheduler), MokaVersion.current(), 128L << 20, serial);
        assertTrue(hosted.success(), serial.toString(StandardCharsets.UTF_8));
        List<String> hostedLines = serial.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> nativeLines = nativeRun.serialOutput().lines().toList();
        for (String expected : bootLines(scheduler, 128)) {
            String prefix = expected.substring(0, expected.indexOf(' '));
            assertEquals(lineStartingWith(nativeLines, prefix), lineStartingWith(hostedLines, prefix),
                    "hosted and native disagree on the '" + prefix + "' line");
            assertTrue(nativeLines.contains(expected), "native output lacks " + expected);
        }
    }

    @Test
    void brokenFrameAllocatorStopsTheBootWithTheFailureStatus() throws Exception {
        AssembledImage broken = ImageBuilder.assemble(
                ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                        MokaVersion.current()).withFrameAllocatorClass(DoubleHandingAllocator.class.getName()));
        QemuResult result = QemuBoot.boot(broken, dir, "128M");
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), result.serialOutput());
        assertTrue(result.serialOutput().contains("panic: frame allocator self-test failed: frame "),
                result.serialOutput());
        assertTrue(result.serialOutput().contains("handed out twice"), result.serialOutput());
    }

    private static String lineStartingWith(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("<no line starting with " + prefix + ">");
    }
}
