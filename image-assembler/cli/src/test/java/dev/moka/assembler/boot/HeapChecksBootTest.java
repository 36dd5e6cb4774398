package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.boot.faults.CorruptingPlan;
import dev.moka.assembler.boot.faults.LateCorruptingPlan;
import dev.moka.assembler.boot.faults.PremarkingPlan;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check the kernel makes of its heap ends the run with failure status when it fails: proved
 * with deliberately broken heap plans compiled into the images: {@link PremarkingPlan}, a collector
 * that loses objects, and {@link CorruptingPlan}, one that overwrites an object in use.
 */
class HeapChecksBootTest {
    private static final List<ImageConfig.WorkloadThread> THREE = List.of(new ImageConfig.WorkloadThread("a", 0, 0),
            new ImageConfig.WorkloadThread("b", 0, 0), new ImageConfig.WorkloadThread("c", 0, 0));

    @TempDir
    Path dir;

    private QemuResult boot(Class<?> plan, boolean verifyHeap, int ticks, List<ImageConfig.WorkloadThread> threads)
            throws Exception {
        ImageConfig config = new ImageConfig(null,
                new ImageConfig.KernelSection("round-robin", "bitmap", "mark-sweep", 4L << 20, verifyHeap),
                new ImageConfig.WorkloadSection(ticks, 1000, threads, true));
        ImageSpec spec = ImageSpec.of(config, MokaVersion.current()).withHeapPlanClass(plan.getName());
        return QemuBoot.boot(ImageBuilder.assemble(spec), dir, "128M");
    }

    private static void assertFailedWith(QemuResult result, String expected) {
        String out = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), out);
        assertTrue(out.contains(expected), "no '" + expected + "' in:\n" + out);
    }

    @Test
    void heapVerificationCatchesALostObject() throws Exception {
        assertFailedWith(boot(PremarkingPlan.class, true, 0, List.of()),
                "heap verification failed: a kept object refers to one the sweep would free: ");
    }

    @Test
    void theStressTestsChecksumCatchesACorruptedObject() throws Exception {
        assertFailedWith(boot(CorruptingPlan.class, false, 0, List.of()),
                "panic: gc stress: the live structure changed");
    }

    @Test
    void theAllocatingThreadsCatchACorruptedObject() throws Exception {
        QemuResult result = boot(LateCorruptingPlan.class, false, 300, THREE);
        assertTrue(result.serialOutput().contains("checksum: "), result.serialOutput());
        assertFailedWith(result, "panic: workload failed: ");
        assertTrue(result.serialOutput().matches("(?s).*churn: \\d+ steps, [1-9]\\d* corrupted.*"), result.serialOutput());
    }

    @Test
    void theSamePlanWithoutTheFaultPasses() throws Exception {
        // The fault is the plan's alone: the same images with the real collector pass.
        ImageConfig config = new ImageConfig(null,
                new ImageConfig.KernelSection("round-robin", "bitmap", "mark-sweep", 4L << 20, true),
                new ImageConfig.WorkloadSection(0, 1000, List.of(), true));
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "128M");
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), result.serialOutput());
    }
}
