package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's collector stress workload in QEMU, under each heap plan. */
class GcStressBootTest {
    private static final long HEAP = 8L << 20;

    @TempDir
    Path dir;

    private QemuResult boot(String plan) throws Exception {
        ImageConfig config = new ImageConfig(null,
                new ImageConfig.KernelSection("round-robin", "bitmap", plan, HEAP, true),
                new ImageConfig.WorkloadSection(0, 1000, List.of(), true));
        return QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "128M");
    }

    @Test
    void markSweepKeepsTheLiveStructureThroughManyCollections() throws Exception {
        QemuResult result = boot("mark-sweep");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher checksum = Pattern.compile("(?m)^checksum: (-?\\d+) (-?\\d+)$").matcher(out);
        assertTrue(checksum.find(), out);
        assertEquals(checksum.group(1), checksum.group(2), "the live structure changed:\n" + out);
        Matcher collections = Pattern.compile("(?m)^collections: (\\d+)$").matcher(out);
        assertTrue(collections.find(), out);
        assertTrue(Long.parseLong(collections.group(1)) > 0, out);
        Matcher pause = Pattern.compile("(?m)^gc pause: max (\\d+) cycles, mean (\\d+) cycles, (\\d+)% of a run of (\\d+) cycles$")
                .matcher(out);
        assertTrue(pause.find(), out);
        long max = Long.parseLong(pause.group(1));
        long mean = Long.parseLong(pause.group(2));
        assertTrue(mean > 0 && mean <= max, out);
        assertTrue(Long.parseLong(pause.group(3)) <= 100, out);
        Matcher heap = Pattern.compile("(?m)^heap: (\\d+) KiB live after the last collection \\((\\d+) KiB in the live "
                + "structure\\), (\\d+) KiB collector metadata, (\\d+) KiB heap$").matcher(out);
        assertTrue(heap.find(), out);
        long live = Long.parseLong(heap.group(1));
        long structure = Long.parseLong(heap.group(2));
        // The live list survives every collection, so at least its cells are live; far less than the heap is.
        assertTrue(live >= structure && live < Long.parseLong(heap.group(4)), out);
        assertEquals(HEAP / 1024, Long.parseLong(heap.group(4)), out);
    }

    /**
     * Three threads allocate under preemption: each step's list is referred to only from its own
     * stack, often from a frame the timer interrupted, while other threads' allocations collect.
     */
    @Test
    void threadsThatAllocateKeepTheirStackOnlyListsThroughCollections() throws Exception {
        ImageConfig config = new ImageConfig(null,
                new ImageConfig.KernelSection("round-robin", "bitmap", "mark-sweep", 4L << 20, true),
                new ImageConfig.WorkloadSection(300, 1000, List.of(new ImageConfig.WorkloadThread("a", 0, 0),
                        new ImageConfig.WorkloadThread("b", 0, 0), new ImageConfig.WorkloadThread("c", 0, 0)), true));
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher before = Pattern.compile("(?m)^collections: (\\d+)$").matcher(out);
        assertTrue(before.find(), out);
        Matcher churn = Pattern.compile("(?m)^churn: (\\d+) steps, (\\d+) corrupted, (\\d+) collections$").matcher(out);
        assertTrue(churn.find(), out);
        assertTrue(Long.parseLong(churn.group(1)) > 100, "too few steps to mean anything:\n" + out);
        assertEquals("0", churn.group(2), "lists changed under the threads:\n" + out);
        assertTrue(Long.parseLong(churn.group(3)) > Long.parseLong(before.group(1)),
                "no collection while the threads ran:\n" + out);
    }

    @Test
    void bumpPlanRunsOutOfHeapAndReportsFailure() throws Exception {
        QemuResult result = boot("bump");
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), result.serialOutput());
        assertTrue(result.serialOutput().contains("java.lang.OutOfMemoryError"), result.serialOutput());
    }
}
