package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.image.ImageAssembler;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import dev.moka.kernel.api.arch.ImageFormat;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boots the same kernel twice, once as a Multiboot kernel ({@code -kernel}) and once from a raw disk
 * through Moka's boot sector and loader, and requires the same serial output and exit status. Runs
 * use {@code -icount shift=0}, which counts time in instructions, so even a workload's measured
 * cycles and scheduling trace must agree: the kernel must find the machine in the same state.
 */
class DiskBootParityTest {
    private static final List<String> DETERMINISTIC = List.of("-icount", "shift=0");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "workload-round-robin"})
    void diskBootPrintsWhatMultibootBootPrints(String config) throws Exception {
        ImageAssembler.Builder builder = ImageAssembler.builder().format(ImageFormat.DISK);
        if (!config.equals("default")) {
            builder.config(Path.of("../../config/" + config + ".toml"));
        }
        ImageAssembler.Result disk = builder.build();
        assertEquals(ImageFormat.DISK, disk.report().format());
        byte[] kernel = disk.kernel().bytes();

        QemuResult fromKernel = boot(kernel, "kernel.elf", ImageFormat.MULTIBOOT);
        QemuResult fromDisk = boot(disk.image(), "disk.img", ImageFormat.DISK);
        // The default image boots to the shell, which finds no input and shuts the system down with 0.
        assertTrue(fromKernel.success(), fromKernel.exitCode() + ": " + fromKernel.serialOutput());
        assertTrue(fromKernel.serialOutput().startsWith("Moka "), fromKernel.serialOutput());
        // Only the boot figure may differ: it counts from reset, and reading the kernel from the disk
        // through the BIOS comes before it.
        assertEquals(withoutBootFigure(fromKernel.serialOutput()), withoutBootFigure(fromDisk.serialOutput()));
        assertEquals(fromKernel.exitCode(), fromDisk.exitCode());
        assertEquals(fromKernel.shutdownStatus(), fromDisk.shutdownStatus());

        // The kernel on the disk is the Multiboot kernel, byte for byte, from the sector the loader reads.
        int kernelSector = 64 * 512;
        byte[] onDisk = Arrays.copyOfRange(disk.image(), kernelSector, kernelSector + kernel.length);
        assertArrayEquals(kernel, onDisk);
    }

    private QemuResult boot(byte[] image, String name, ImageFormat format) throws Exception {
        Path file = Files.createTempDirectory(dir, "boot").resolve(name);
        Files.write(file, image);
        QemuOptions options = QemuOptions.defaults().withFormat(format).withExtraArgs(DETERMINISTIC);
        return QemuRunner.locate().run(file, options, new ByteArrayOutputStream());
    }

    private static String withoutBootFigure(String serial) {
        return serial.replaceAll("(?m)^boot: \\d+ instructions to init$", "boot: N instructions to init");
    }
}
