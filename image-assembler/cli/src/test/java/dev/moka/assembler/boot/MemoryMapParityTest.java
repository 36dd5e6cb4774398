package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.boot.frames.PrintTheMap;
import dev.moka.assembler.qemu.MemorySize;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import dev.moka.kernel.sched.RoundRobinScheduler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hosted machine's memory map is QEMU's: a kernel that prints every region of the map it was
 * handed prints the same lines in QEMU and hosted, below and above the size (3.5 GiB) where QEMU
 * starts splitting RAM around the PCI hole, and the same memory report follows.
 */
class MemoryMapParityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"128M", "3583M", "3584M", "4G", "8G"})
    void hostedAndNativeKernelsSeeTheSameMap(String memory) throws Exception {
        QemuResult nativeRun = QemuBoot.boot(ImageBuilder.assemble(ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withFrameAllocatorClass(PrintTheMap.class.getName())), dir, memory);
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, nativeRun.exitCode(), nativeRun.serialOutput());
        // Hosted, what kernel code prints with System.err is the JVM's standard error: it is caught here
        // and read in the order it was printed, before the serial console's lines.
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        HostedResult hosted;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            hosted = HostedRunner.run(ProviderCatalog.archPack("x86_64"),
                    new KernelImage(MokaVersion.current(), new RoundRobinScheduler(), new PrintTheMap(), null),
                    MemorySize.parse(memory).bytes(), serial);
        } finally {
            System.setErr(standardError);
        }
        String hostedOutput = printed.toString(StandardCharsets.UTF_8) + serial.toString(StandardCharsets.UTF_8);
        assertTrue(hosted.success(), hostedOutput);
        List<String> nativeMap = mapLines(nativeRun.serialOutput());
        assertTrue(nativeMap.stream().anyMatch(l -> l.startsWith(PrintTheMap.PREFIX)), nativeRun.serialOutput());
        assertEquals(nativeMap, mapLines(hostedOutput));
    }

    private static List<String> mapLines(String serial) {
        return serial.lines().filter(l -> l.startsWith(PrintTheMap.PREFIX) || l.startsWith("memory: ")).toList();
    }
}
