package dev.moka.drivers.x86.boot.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The disk's layout and the load plan read from a kernel's Multiboot header. */
class DiskImageWriterTest {
    private static final long LOAD = 0x100000;

    /** A kernel file of {@code length} bytes with a Multiboot header at {@code at} and the given fields. */
    private static byte[] kernel(int length, int at, int flags, long loadAddress, long loadEnd, long bssEnd, long entry) {
        ByteBuffer file = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < length; i++) {
            file.put(i, (byte) (i * 7 + 3));
        }
        file.putInt(at, KernelLoadPlan.MAGIC);
        file.putInt(at + 4, flags);
        file.putInt(at + 8, -(KernelLoadPlan.MAGIC + flags));
        file.putInt(at + 12, (int) (loadAddress + at));
        file.putInt(at + 16, (int) loadAddress);
        file.putInt(at + 20, (int) loadEnd);
        file.putInt(at + 24, (int) bssEnd);
        file.putInt(at + 28, (int) entry);
        return file.array();
    }

    private static byte[] kernel(int length) {
        return kernel(length, 0x78, 0x10003, LOAD, LOAD + length, LOAD + length + 0x5000, LOAD + 0xd8);
    }

    @Test
    void diskHoldsBootSectorLoaderAndKernelAtTheirSectors() {
        byte[] kernel = kernel(5000);
        byte[] disk = DiskImageWriter.write(kernel);
        int sector = DiskGeometry.SECTOR;
        assertEquals((DiskGeometry.KERNEL_SECTOR + 10) * sector, disk.length, "5000 bytes fill 10 sectors");
        assertEquals(0x55, disk[510] & 0xFF);
        assertEquals(0xAA, disk[511] & 0xFF);
        ByteBuffer mbr = ByteBuffer.wrap(disk).order(ByteOrder.LITTLE_ENDIAN);
        int entry = BootSector.PARTITION_TABLE;
        assertEquals(0x80, disk[entry] & 0xFF, "the one partition is active");
        assertEquals(BootSector.PARTITION_TYPE, disk[entry + 4] & 0xFF);
        assertEquals(DiskGeometry.KERNEL_SECTOR, mbr.getInt(entry + 8));
        assertEquals(10, mbr.getInt(entry + 12));
        for (int i = entry + 16; i < 510; i++) {
            assertEquals(0, disk[i], "the other partition entries are empty");
        }
        int kernelStart = DiskGeometry.KERNEL_SECTOR * sector;
        assertArrayEquals(kernel, Arrays.copyOfRange(disk, kernelStart, kernelStart + kernel.length));
        for (int i = kernelStart + kernel.length; i < disk.length; i++) {
            assertEquals(0, disk[i], "the last kernel sector is padded with zeros");
        }
        byte[] loader = DiskLoader.emit(KernelLoadPlan.of(kernel), 10);
        assertArrayEquals(loader, Arrays.copyOfRange(disk, sector, sector + loader.length));
        assertTrue(loader.length <= DiskGeometry.LOADER_MAX_SECTORS * sector, loader.length + " bytes");
    }

    @Test
    void sameKernelGivesTheSameDisk() {
        assertArrayEquals(DiskImageWriter.write(kernel(3000)), DiskImageWriter.write(kernel(3000)));
    }

    @Test
    void loadPlanFollowsTheHeaderAddressFields() {
        // The header 0x78 bytes into the file, loaded from offset 0x10: the file's first 0x10 bytes stay behind.
        byte[] file = kernel(4096, 0x78, 0x10003, LOAD, LOAD + 0x800, LOAD + 0x3000, LOAD + 0x100);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(0x78 + 12, (int) (LOAD + 0x68));
        KernelLoadPlan plan = KernelLoadPlan.of(file);
        assertEquals(new KernelLoadPlan(0x10, LOAD, 0x800, LOAD + 0x3000, LOAD + 0x100), plan);
        assertEquals(LOAD + 0x3000, plan.commandLineAddress(), "the page after the bss, already aligned");
        assertArrayEquals(Arrays.copyOfRange(file, 0x10, 0x810), plan.loadedBytes(file));
    }

    @Test
    void commandLineGoesToThePageAfterTheKernel() {
        KernelLoadPlan plan = new KernelLoadPlan(0, LOAD, 0x800, LOAD + 0x1234, LOAD);
        assertEquals(LOAD + 0x2000, plan.commandLineAddress());
    }

    @Test
    void kernelsTheLoaderCannotLoadAreRefusedWithTheReason() {
        assertMessage("no Multiboot v1 header", () -> KernelLoadPlan.of(new byte[4096]));
        assertMessage("no address fields", () -> KernelLoadPlan.of(kernel(4096, 0x78, 0x3, LOAD, LOAD + 4096,
                LOAD + 4096, LOAD + 0x100)));
        assertMessage("at or above 1 MiB", () -> KernelLoadPlan.of(kernel(4096, 0x78, 0x10003, 0x8000, 0x9000,
                0x9000, 0x8100)));
        assertMessage("outside its loaded bytes", () -> KernelLoadPlan.of(kernel(4096, 0x78, 0x10003, LOAD,
                LOAD + 4096, LOAD + 4096, LOAD + 8192)));
        assertMessage("of a 4096-byte file", () -> KernelLoadPlan.of(kernel(4096, 0x78, 0x10003, LOAD,
                LOAD + 8192, LOAD + 8192, LOAD + 0x100)));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void bootSectorCodeFitsBeforeThePartitionTable() {
        byte[] sector = BootSector.emit(20, 100);
        assertEquals(DiskGeometry.SECTOR, sector.length);
        // The far jump to 0000:7C05 comes first: EA 05 7C 00 00.
        assertArrayEquals(new byte[] {(byte) 0xEA, 0x05, 0x7C, 0, 0}, Arrays.copyOf(sector, 5));
    }
}
