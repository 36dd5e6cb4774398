package dev.moka.assembler.hosted;

import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.assembler.providers.ProviderCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.providers.UnknownProviderException;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostedRunnerTest {
    private static final long MIB = 1L << 20;

    private record Run(HostedResult result, List<String> lines) {
    }

    private static Run boot(String scheduler, String frameAllocator, long memory) {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection(scheduler, frameAllocator));
        HostedResult result = HostedRunner.run(config, "0.1.0-test", memory, serial);
        return new Run(result, serial.toString(StandardCharsets.ISO_8859_1).lines().toList());
    }

    /** Usable KiB by QEMU's map: 639 KiB below the EBDA, plus 1 MiB up to 128 KiB below the top. */
    private static long usableKiB(long memory) {
        return 639 + (memory - MIB - 128 * 1024) / 1024;
    }

    @Test
    void bootsTheDefaultConfig() {
        Run run = boot("round-robin", "bitmap", 128 * MIB);
        assertEquals(new HostedResult(true, 0x10), run.result());
        assertEquals(130559, usableKiB(128 * MIB));
        assertEquals(List.of("Moka 0.1.0-test", "scheduler: round-robin", "frame allocator: bitmap",
                "memory: 130559 KiB usable"), run.lines().subList(0, 4));
        assertTrue(run.lines().get(4).startsWith("frames: "), run.lines().toString());
    }

    /**
     * Any size the command line accepts boots: past 3.5 GiB RAM is split around the PCI hole as QEMU
     * does, RAM above 4 GiB lies beyond the boot page tables and is reported unused, and the sparse
     * RAM costs only the pages the kernel writes.
     */
    @ParameterizedTest
    @ValueSource(longs = {3583, 3584, 4096, 64 << 10, 999_999_999L << 10})
    void bootsMachinesOfAnySize(long megabytes) {
        long memory = megabytes * MIB;
        Run run = boot("round-robin", "buddy", memory);
        assertTrue(run.result().success(), run.lines().toString());
        long low = megabytes < 3584 ? memory : 3072 * MIB;
        assertEquals("memory: " + usableKiB(low) + " KiB usable", run.lines().get(3));
        if (low < memory) {
            assertEquals("memory: " + (memory - low) / 1024 + " KiB not mapped at boot, left unused", run.lines().get(4));
        } else {
            assertTrue(run.lines().get(4).startsWith("frames: "), run.lines().toString());
        }
    }

    @Test
    void reportsTheMemoryOfTheMachine() {
        Run run = boot("round-robin", "bitmap", 256 * MIB);
        assertTrue(run.result().success());
        assertEquals("memory: " + usableKiB(256 * MIB) + " KiB usable", run.lines().get(3));
        // 256 MiB less the first MiB, the kernel image up to 4 MiB, and SeaBIOS's top 128 KiB.
        long frames = (256 * MIB - 4 * MIB - 128 * 1024) / 4096;
        assertEquals("frames: " + frames + " free of " + frames, run.lines().get(4));
    }

    @Test
    void bootsWithThePriorityScheduler() {
        Run run = boot("priority", "bitmap", 64 * MIB);
        assertTrue(run.result().success());
        assertEquals("scheduler: priority", run.lines().get(1));
    }

    @Test
    void anUnknownProviderFailsBeforeBootingAndListsTheChoices() {
        UnknownProviderException unknown = assertThrows(UnknownProviderException.class,
                () -> boot("lottery", "bitmap", 128 * MIB));
        assertEquals("unknown scheduler \"lottery\"; available: eevdf, priority, round-robin" + searched("scheduler"),
                unknown.getMessage());
        assertEquals("unknown frame allocator \"slab\"; available: bitmap, buddy" + searched("frame allocator"),
                assertThrows(UnknownProviderException.class, () -> boot("priority", "slab", 128 * MIB)).getMessage());
    }

    private static String searched(String kind) {
        return "; searched Moka's own modules and the module path (none); to use an outside " + kind
                + ", add its module with --module-path PATH or MOKA_MODULE_PATH";
    }

    @Test
    void anUnknownHeapPlanFailsAsTheNativeBuildDoes() {
        ImageConfig config = new ImageConfig(null,
                new ImageConfig.KernelSection("round-robin", "bitmap", "semispace", 8 * MIB, false));
        UnknownProviderException unknown = assertThrows(UnknownProviderException.class,
                () -> HostedRunner.run(config, "0.1.0-test", 128 * MIB, new ByteArrayOutputStream()));
        assertTrue(unknown.getMessage().startsWith("unknown heap plan \"semispace\"; available: "), unknown.getMessage());
    }

    @Test
    void theTimerRateSetsHowManyStepsMakeATick() {
        assertEquals(4, HostedArchPack.stepsPerTick(1000));
        assertEquals(16, HostedArchPack.stepsPerTick(250));
        assertEquals(1, HostedArchPack.stepsPerTick(10000));
        assertEquals(4000, HostedArchPack.stepsPerTick(1));
    }

    @Test
    void aMachineTooSmallForTheImageStopsTheBootWithTheSizes() {
        // With 2 MiB of RAM the kernel image, [1 MiB, 4 MiB), runs past the end of RAM.
        Run run = boot("round-robin", "bitmap", 2 * MIB);
        assertEquals(new HostedResult(false, 0x11), run.result());
        long imageKiB = (HostedRunner.KERNEL_END - HostedRunner.KERNEL_START) / 1024;
        assertEquals(List.of("Moka 0.1.0-test", "panic: image needs " + imageKiB + " KiB of RAM, "
                + usableKiB(2 * MIB) + " KiB usable"), run.lines());
    }

    @Test
    void anExceptionInTheKernelIsReportedAsAPanicWithItsStackTrace() {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        Scheduler broken = new Scheduler() {
            @Override public String name() { return "broken"; }
            @Override public void enqueue(Task task) { throw new IllegalStateException("run queue corrupted"); }
            @Override public void dequeue(Task task) { }
            @Override public Task pickNext() { return null; }
            @Override public boolean tick(Task running) { return false; }
            @Override public void yield(Task running) { }
        };
        HostedResult result = HostedRunner.run(ProviderCatalog.archPack("x86_64"),
                new KernelImage("1", broken, new BitmapFrameAllocator(), null), 16 * MIB, serial);
        assertEquals(new HostedResult(false, HostedRunner.NO_EXIT_VALUE), result);
        List<String> lines = serial.toString(StandardCharsets.ISO_8859_1).lines().toList();
        assertEquals("panic: java.lang.IllegalStateException: run queue corrupted", lines.get(2));
        assertTrue(lines.get(3).contains("enqueue"), lines.toString());
    }

    @Test
    void runsRepeatExactly() {
        assertEquals(boot("priority", "bitmap", 32 * MIB), boot("priority", "bitmap", 32 * MIB));
        assertFalse(boot("priority", "bitmap", 32 * MIB).lines().isEmpty());
    }
}
