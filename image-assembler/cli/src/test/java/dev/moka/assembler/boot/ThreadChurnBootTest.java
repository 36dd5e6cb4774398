package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots {@code thread-churn} images in QEMU: far more threads than the old table of 64 could ever
 * hold are created and end, and every frame their stacks and page tables took comes back; with an
 * allocator that keeps frames the run must fail.
 */
class ThreadChurnBootTest {
    private static final int THREADS = 300;
    private static final Pattern REPORT =
            Pattern.compile("(?m)^thread churn: " + THREADS + " threads, (\\d+) frames free before, (\\d+) after$");

    @TempDir
    Path dir;

    private static ImageConfig churn(String scheduler) {
        return new ImageConfig(null, new ImageConfig.KernelSection(scheduler, "bitmap"),
                new ImageConfig.WorkloadSection(0, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, List.of(), false,
                        THREADS, false));
    }

    @Test
    void endedThreadsGiveBackEveryFrame() throws Exception {
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(churn("round-robin"), MokaVersion.current()), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher report = REPORT.matcher(out);
        assertTrue(report.find(), out);
        assertEquals(report.group(1), report.group(2), "frames free before and after the churn:\n" + out);
    }

    /** The main thread waits at the top priority while the churn threads run below it. */
    @Test
    void churnWorksUnderThePriorityPolicy() throws Exception {
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(churn("priority"), MokaVersion.current()), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher report = REPORT.matcher(out);
        assertTrue(report.find(), out);
        assertEquals(report.group(1), report.group(2), out);
    }

    @Test
    void framesThatDoNotComeBackFailTheRun() throws Exception {
        ImageSpec spec = ImageSpec.of(churn("round-robin"), MokaVersion.current())
                .withFrameAllocatorClass(LeakyAllocator.class.getName());
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(spec), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), out);
        Matcher report = REPORT.matcher(out);
        assertTrue(report.find(), out);
        long before = Long.parseLong(report.group(1));
        long after = Long.parseLong(report.group(2));
        assertTrue(after < before, out);
        assertTrue(out.contains("\npanic: thread churn: " + (before - after)
                + " frames were not given back by ended threads\n"), out);
    }
}
