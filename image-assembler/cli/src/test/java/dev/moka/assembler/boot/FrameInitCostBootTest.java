package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.boot.frames.MeasuredBitmap;
import dev.moka.assembler.boot.frames.MeasuredBuddy;
import dev.moka.assembler.boot.frames.MeasuredInit;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the frame allocators' start-up costs on the machine itself: each boots under {@code -icount
 * shift=0}, where the time-stamp counter counts guest instructions, with {@link MeasuredInit} around
 * {@code init}. Start-up must cost per region of the memory map (and, for the buddy allocator, per
 * 4 MiB block), not per frame: under one instruction per managed frame at 128 MiB, where the fixed
 * part weighs most, and under a quarter of one at 3 GiB. Per-frame start-up took 80 to 225.
 */
class FrameInitCostBootTest {
    private static final String ROUND_ROBIN = "dev.moka.kernel.sched.RoundRobinScheduler";
    private static final Pattern FIGURE = Pattern.compile("^" + MeasuredInit.PREFIX + "(\\d+) ticks$", Pattern.MULTILINE);
    private static final Pattern FRAMES = Pattern.compile("^frames: (\\d+) free of (\\d+)$", Pattern.MULTILINE);
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {1}: under {2} instructions per frame")
    @CsvSource({"bitmap, 128M, 1", "bitmap, 3G, 0.25", "buddy, 128M, 1", "buddy, 3G, 0.25"})
    void startUpCostsPerRegionNotPerFrame(String allocator, String memory, double maxPerFrame) throws Exception {
        Class<?> measured = allocator.equals("bitmap") ? MeasuredBitmap.class : MeasuredBuddy.class;
        AssembledImage image = ImageBuilder.assemble(ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withFrameAllocatorClass(measured.getName()));
        Path file = Files.createTempFile(dir, "kernel", ".img");
        Files.write(file, image.bytes());
        QemuOptions options = QemuOptions.defaults().withMemory(memory).withTimeout(Duration.ofSeconds(120))
                .withExtraArgs(List.of("-icount", "shift=0"));
        QemuResult result = QemuRunner.locate().run(file, options, new ByteArrayOutputStream());
        String serial = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), serial);
        Matcher figure = FIGURE.matcher(serial);
        Matcher frames = FRAMES.matcher(serial);
        assertTrue(figure.find() && frames.find(), serial);
        long instructions = Long.parseLong(figure.group(1));
        long total = Long.parseLong(frames.group(2));
        System.out.println(allocator + " at " + memory + ": init took " + instructions + " instructions for "
                + total + " frames");
        assertTrue(instructions < total * maxPerFrame,
                allocator + " at " + memory + ": " + instructions + " instructions for " + total + " frames");
    }
}
