package dev.moka.drivers.x86.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.drivers.x86.boot.disk.DiskImageWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Boots kernels from raw disks in QEMU, through the boot sector and loader alone: the kernel's boot
 * code must find the Multiboot contract it finds under {@code -kernel}, and a loader that cannot do
 * its work must say so and stop with the failure status.
 */
class DiskBootTest {
    private static final int QEMU_SUCCESS = (X86BootStub.EXIT_SUCCESS_VALUE << 1) | 1;
    private static final int QEMU_FAILURE = (X86BootStub.EXIT_FAILURE_VALUE << 1) | 1;
    private static final int SECTOR = 512;
    private static final int KERNEL_SECTOR = 64;

    private static byte[] helloKernel() {
        return TestImageLinker.link(X86BootStub.emit(KernelEntries.ENTRY), KernelEntries.entry(
                asm -> KernelEntries.checkContractAndPrint(asm, "hello from a disk\n"))).file();
    }

    @Test
    void diskBootsIntoLongModeWithTheMultibootContract() throws Exception {
        QemuRunner.Result result = QemuRunner.bootDisk(DiskImageWriter.write(helloKernel()));
        assertEquals(QEMU_SUCCESS, result.status(), result.serial());
        assertEquals("hello from a disk\n", result.serial());
    }

    @Test
    void diskCutShortStopsTheLoaderWithAMessage() throws Exception {
        byte[] disk = DiskImageWriter.write(helloKernel());
        // Keep the boot sector and the loader, drop the kernel: the BIOS read past the disk's end fails.
        byte[] cut = Arrays.copyOf(disk, KERNEL_SECTOR * SECTOR);
        QemuRunner.Result result = QemuRunner.bootDisk(cut);
        assertEquals(QEMU_FAILURE, result.status(), result.serial());
        assertEquals("boot loader: cannot read the kernel from the boot disk\n", result.serial());
    }

    @Test
    void diskWithoutItsLoaderStopsTheBootSectorWithAMessage() throws Exception {
        byte[] bootSectorOnly = Arrays.copyOf(DiskImageWriter.write(helloKernel()), SECTOR);
        QemuRunner.Result result = QemuRunner.bootDisk(bootSectorOnly);
        assertEquals(QEMU_FAILURE, result.status(), result.serial());
        assertTrue(result.serial().endsWith("boot loader: cannot read the loader from the boot disk\n"),
                result.serial());
    }
}
