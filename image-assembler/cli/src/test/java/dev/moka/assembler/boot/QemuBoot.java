package dev.moka.assembler.boot;

import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Boots an assembled image in QEMU and returns what the kernel printed and how it exited. */
final class QemuBoot {
    private QemuBoot() {
    }

    static QemuResult boot(AssembledImage image, Path dir, String memory) throws Exception {
        return boot(image, dir, memory, List.of());
    }

    /**
     * Boots under a fixed file name, so that runs of one image get the same Multiboot command line.
     *
     * @param extraArgs further QEMU arguments, such as {@code -icount shift=0}
     */
    static QemuResult boot(AssembledImage image, Path dir, String memory, List<String> extraArgs) throws Exception {
        Path file = Files.createTempDirectory(dir, "boot").resolve("kernel.elf");
        Files.write(file, image.bytes());
        QemuRunner qemu = QemuRunner.locate();
        QemuOptions options = QemuOptions.defaults().withMemory(memory).withTimeout(Duration.ofSeconds(60))
                .withExtraArgs(extraArgs);
        return qemu.run(file, options, new ByteArrayOutputStream());
    }

    /** The Multiboot memory map QEMU's pc machine reports: 639 KiB low memory, then RAM from 1 MiB to 128 KiB below the top. */
    static long expectedUsableKiB(int megabytes) {
        return 639 + (megabytes * 1024L - 1024 - 128);
    }
}
