package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Seg;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The master boot record: 16-bit code the BIOS runs at 0x7C00 with the boot drive in DL. It sets
 * up segments and a stack, reads the loader from the sectors after it with one int 13h extended
 * (LBA) read to 0x7E00 and jumps there with the drive still in DL. The sector ends with a partition
 * table of one active entry over the kernel (firmware that boots USB sticks looks for one) and the
 * 0x55AA signature.
 */
final class BootSector {
    /** Bytes before the partition table. */
    static final int CODE_LIMIT = 446;
    static final int PARTITION_TABLE = 446;
    static final int SIGNATURE = 510;
    /** Partition type "non-file-system data": the kernel's bytes, not a file system. */
    static final int PARTITION_TYPE = 0xDA;
    private static final int ACTIVE = 0x80;
    private static final int BIOS_DISK = 0x13;
    private static final int EXTENDED_READ = 0x4200;
    private static final int PACKET_SIZE = 0x10;
    /** Length of the first instruction, the far jump that makes CS zero. */
    private static final int FAR_JUMP_LENGTH = 5;

    private BootSector() {
    }

    /**
     * @param loaderSectors  sectors of the loader, from {@link DiskGeometry#LOADER_SECTOR} on
     * @param kernelSectors  sectors of the kernel, from {@link DiskGeometry#KERNEL_SECTOR} on
     * @return the 512-byte sector
     */
    static byte[] emit(int loaderSectors, int kernelSectors) {
        Assembler asm = new Assembler(Assembler.Mode.REAL16);
        BootFailure failure = new BootFailure(asm);
        // Some BIOSes enter at 07C0:0000: reach 0000:7C05 first, so offsets and DS agree.
        asm.farJumpAbsolute(0, LowMemory.BOOT_SECTOR + asm.position() + FAR_JUMP_LENGTH);
        asm.cli();
        asm.alu(AluOp.XOR, 16, Reg.RAX, Reg.RAX);
        asm.movToSeg(Seg.DS, Reg.RAX);
        asm.movToSeg(Seg.ES, Reg.RAX);
        asm.movToSeg(Seg.SS, Reg.RAX);
        asm.movImm(16, Reg.RSP, LowMemory.STACK_TOP);
        asm.sti();
        asm.cld();
        asm.mov(8, Mem.absolute(LowMemory.DRIVE), Reg.RDX);
        readSectors(asm, DiskGeometry.LOADER_SECTOR, loaderSectors, LowMemory.LOADER);
        Label read = asm.newLabel();
        asm.jcc(Cond.AE, read); // carry clear: the BIOS read every sector
        failure.fail(asm, "cannot read the loader from the boot disk");
        asm.bind(read);
        asm.mov(8, Reg.RDX, Mem.absolute(LowMemory.DRIVE));
        asm.farJumpAbsolute(0, LowMemory.LOADER);
        failure.emitRoutine(asm);
        byte[] code = asm.toByteArray();
        if (code.length > CODE_LIMIT) {
            throw new IllegalStateException("boot sector code takes " + code.length + " bytes, more than "
                    + CODE_LIMIT);
        }
        ByteBuffer sector = ByteBuffer.allocate(DiskGeometry.SECTOR).order(ByteOrder.LITTLE_ENDIAN);
        sector.put(0, code);
        partition(sector, kernelSectors);
        sector.putShort(SIGNATURE, (short) 0xAA55);
        return sector.array();
    }

    /**
     * Emits an int 13h extended read of {@code count} sectors from {@code first} to
     * {@code 0000:destination}, through the packet at {@link LowMemory#DISK_PACKET}; the drive is the
     * one saved at {@link LowMemory#DRIVE}. Leaves the carry flag set when the read failed.
     */
    static void readSectors(Assembler asm, int first, int count, int destination) {
        int packet = LowMemory.DISK_PACKET;
        asm.movImm(16, Mem.absolute(packet), PACKET_SIZE);
        asm.movImm(16, Mem.absolute(packet + 2), count);
        asm.movImm(16, Mem.absolute(packet + 4), destination);
        asm.movImm(16, Mem.absolute(packet + 6), 0);
        asm.movImm(32, Mem.absolute(packet + 8), first);
        asm.movImm(32, Mem.absolute(packet + 12), 0);
        asm.movImm(16, Reg.RSI, packet);
        asm.mov(8, Reg.RDX, Mem.absolute(LowMemory.DRIVE));
        asm.movImm(16, Reg.RAX, EXTENDED_READ);
        asm.intImm(BIOS_DISK);
    }

    /** One active entry from the kernel's first sector to its last, with CHS fields marked out of range. */
    private static void partition(ByteBuffer sector, int kernelSectors) {
        int entry = PARTITION_TABLE;
        sector.put(entry, (byte) ACTIVE);
        sector.put(entry + 1, new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF});
        sector.put(entry + 4, (byte) PARTITION_TYPE);
        sector.put(entry + 5, new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF});
        sector.putInt(entry + 8, DiskGeometry.KERNEL_SECTOR);
        sector.putInt(entry + 12, kernelSectors);
    }
}
