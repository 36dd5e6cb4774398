package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image (code, data, bss and its heap) larger than the machine's RAM: the loader puts it where
 * there is no memory without complaint, and the kernel must say so plainly before anything else
 * goes wrong, then stop with the failure status.
 */
class ImageFitBootTest {
    private static final int MULTIBOOT_MAGIC = 0x1BADB002;

    @TempDir
    Path dir;

    @Test
    void anImageLargerThanRamStopsTheBootWithTheSizes() throws Exception {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap"));
        AssembledImage image = ImageBuilder.assemble(config, MokaVersion.current());
        long imageBytes = loadedBytes(image.bytes());
        assertTrue(imageBytes > ImageConfig.KernelSection.DEFAULT_HEAP_BYTES, "the image holds its 32 MiB heap");
        QemuResult result = QemuBoot.boot(image, dir, "16M");
        List<String> lines = result.serialOutput().lines().toList();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), result.serialOutput());
        assertEquals(List.of("Moka " + MokaVersion.current(), "panic: image needs " + (imageBytes + 1023) / 1024
                + " KiB of RAM, " + QemuBoot.expectedUsableKiB(16) + " KiB usable"), lines);
    }

    @Test
    void anImageThatFitsBootsAsBefore() throws Exception {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap"));
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "40M");
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), result.serialOutput());
        assertFalse(result.serialOutput().contains("panic"), result.serialOutput());
    }

    /** @return {@code bss_end_addr - load_addr} from the image's Multiboot v1 header */
    private static long loadedBytes(byte[] elf) {
        ByteBuffer file = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 32 <= Math.min(elf.length, 8192); at += 4) {
            if (file.getInt(at) == MULTIBOOT_MAGIC) {
                long load = file.getInt(at + 16) & 0xFFFFFFFFL;
                long bssEnd = file.getInt(at + 24) & 0xFFFFFFFFL;
                return bssEnd - load;
            }
        }
        throw new AssertionError("no Multiboot header in the first 8 KiB");
    }
}
