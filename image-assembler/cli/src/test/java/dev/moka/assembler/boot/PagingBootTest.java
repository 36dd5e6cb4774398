package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's paging check at boot: a fresh address space maps pages at 0x4000_0000_0000, the CPU
 * switches to it, writes and reads through it and switches back. Natively in QEMU, and hosted on the
 * simulated machine's MMU, it must print {@code paging: ok} and end with the success status.
 */
class PagingBootTest {
    @TempDir
    Path dir;

    private static ImageConfig config(String frameAllocator) {
        return new ImageConfig(null, new ImageConfig.KernelSection("round-robin", frameAllocator));
    }

    @Test
    void nativeKernelMapsAndTouchesPagesInANewAddressSpace() throws Exception {
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config("buddy"), MokaVersion.current()), dir, "128M");
        List<String> lines = result.serialOutput().lines().toList();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), result.serialOutput());
        assertEquals(33, result.exitCode());
        assertTrue(lines.contains("paging: ok"), result.serialOutput());
        int frames = indexStartingWith(lines, "frames: ");
        assertEquals("paging: ok", lines.get(frames + 1), "the check runs right after the frame report");
    }

    @Test
    void hostedKernelPassesTheSameCheckOnTheSimulatedMmu() {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(config("bitmap"), MokaVersion.current(), 64L << 20, serial);
        String text = serial.toString(StandardCharsets.ISO_8859_1);
        assertTrue(result.success(), text);
        assertTrue(text.lines().toList().contains("paging: ok"), text);
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in " + lines);
    }
}
