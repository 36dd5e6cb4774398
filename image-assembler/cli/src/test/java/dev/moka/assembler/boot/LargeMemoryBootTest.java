package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.boot.frames.TouchBitmap;
import dev.moka.assembler.boot.frames.TouchBuddy;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Machines with a lot of RAM: every frame an allocator hands out must be one the kernel can touch
 * through the boot page tables, which map the first 4 GiB. QEMU puts RAM past 3.5 GiB above 4 GiB,
 * so at 4G a quarter of RAM lies beyond the map: the kernel leaves it unused and says so.
 */
class LargeMemoryBootTest {
    private static final String ROUND_ROBIN = "dev.moka.kernel.sched.RoundRobinScheduler";
    private static final Pattern TOUCHED = Pattern.compile("^touched (\\d+) frames$", Pattern.MULTILINE);
    private static final Pattern FRAMES = Pattern.compile("^frames: (\\d+) free of (\\d+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"bitmap, 3G, 3072, 0", "bitmap, 4G, 3072, 1024", "buddy, 4G, 3072, 1024"})
    void everyFrameHandedOutIsTouchable(String allocator, String memory, int mappedMiB, int unmappedMiB)
            throws Exception {
        Class<?> touching = allocator.equals("bitmap") ? TouchBitmap.class : TouchBuddy.class;
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withFrameAllocatorClass(touching.getName())), dir, memory);
        String serial = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), serial);
        assertFalse(serial.contains("touch failed"), serial);
        Matcher touched = TOUCHED.matcher(serial);
        Matcher frames = FRAMES.matcher(serial);
        assertTrue(touched.find() && frames.find(), serial);
        assertEquals(frames.group(2), touched.group(1), "every managed frame was handed out and touched");
        List<String> lines = serial.lines().toList();
        assertTrue(lines.contains("memory: " + QemuBoot.expectedUsableKiB(mappedMiB) + " KiB usable"), serial);
        String unmapped = "memory: " + unmappedMiB * 1024L + " KiB not mapped at boot, left unused";
        assertEquals(unmappedMiB > 0, lines.contains(unmapped), serial);
    }
}
