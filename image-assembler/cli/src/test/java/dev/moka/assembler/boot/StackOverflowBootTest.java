package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.boot.faults.RecursingAllocator;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots kernels whose threads recurse without bound, in QEMU: the guard below the stack stops them,
 * the double fault runs on its own stack, and the run ends with the stack-overflow panic line, the
 * overflowing thread's Java stack trace and failure status.
 */
class StackOverflowBootTest {
    private static final Path WORKLOADS = Path.of("../../workloads/src/main/java/dev/moka/workloads");
    private static final Path FAULTS = Path.of("src/test/java/dev/moka/assembler/boot/faults");

    @TempDir
    Path dir;

    /** @return the trace line of the source line holding {@code marker} */
    private static String frame(Path source, String className, String method, String marker) throws IOException {
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return "\tat " + className + "." + method + "(" + source.getFileName() + ":" + (i + 1) + ")";
            }
        }
        throw new AssertionError(marker + " not found in " + source);
    }

    @Test
    void aThreadThatRecursesWithoutBoundEndsTheBootWithTheStackOverflowPanic() throws Exception {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap"),
                new ImageConfig.WorkloadSection(0, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, List.of(), false, 0,
                        true));
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), out);
        List<String> lines = out.lines().toList();
        int panic = lines.indexOf("panic: kernel stack overflow in thread runaway");
        assertTrue(panic >= 0, out);
        assertEquals("java.lang.StackOverflowError", lines.get(panic + 1), out);
        String recursion = frame(WORKLOADS.resolve("RunawayRecursion.java"), "dev.moka.workloads.RunawayRecursion",
                "descend", "return descend(level + 1)");
        assertEquals(recursion, lines.get(panic + 2), out);
        // The whole stack is the recursion's, down to the step that started it on the new thread.
        int step = lines.indexOf(frame(WORKLOADS.resolve("RunawayRecursion.java"), "dev.moka.workloads.RunawayRecursion",
                "step", "depth = descend(1)"));
        assertTrue(step > panic + 100, "the trace should hold the stack's hundreds of frames:\n" + out);
        for (int i = panic + 2; i < step; i++) {
            assertEquals(recursion, lines.get(i), out);
        }
        assertTrue(lines.get(step + 1).startsWith("\tat dev.moka.kernel.core.thread.ThreadSystem.runStep("), out);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("panic: cpu exception")), out);
    }

    @Test
    void theBootThreadsStackIsGuardedToo() throws Exception {
        ImageSpec spec = ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withFrameAllocatorClass(RecursingAllocator.class.getName());
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(spec), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), out);
        List<String> lines = out.lines().toList();
        int panic = lines.indexOf("panic: kernel stack overflow in thread main");
        assertTrue(panic >= 0, out);
        assertEquals("java.lang.StackOverflowError", lines.get(panic + 1), out);
        assertEquals(frame(FAULTS.resolve("RecursingAllocator.java"), RecursingAllocator.class.getName(), "descend",
                "recurses here"), lines.get(panic + 2), out);
    }
}
