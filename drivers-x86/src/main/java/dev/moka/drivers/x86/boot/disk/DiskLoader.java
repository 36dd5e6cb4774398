package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Relocation;
import dev.moka.assembler.x86.Seg;
import dev.moka.assembler.x86.ShiftOp;
import dev.moka.drivers.x86.boot.BootStub;
import dev.moka.drivers.x86.boot.CodeStitcher;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The second stage: the loader the boot sector reads to {@link LowMemory#LOADER} and jumps to with
 * the boot drive in DL. Its code is made for one kernel: the kernel's place on the disk, its load
 * address, bss and entry are constants in it (see the package description for the flow).
 */
final class DiskLoader {
    /** What the kernel finds in EAX: a Multiboot loader entered it. */
    static final int MULTIBOOT_LOADER_MAGIC = 0x2BADB002;
    private static final int BIOS_DISK = 0x13;
    private static final int EXTENDED_READ = 0x4200;
    private static final int PACKET_SIZE = 0x10;
    private static final int DWORDS_PER_SECTOR = DiskGeometry.SECTOR / 4;

    private DiskLoader() {
    }

    /**
     * @param plan          how the kernel is loaded
     * @param kernelSectors sectors the kernel's bytes fill on the disk, from {@link DiskGeometry#KERNEL_SECTOR}
     * @return the loader, linked to run at {@link LowMemory#LOADER}
     */
    static byte[] emit(KernelLoadPlan plan, int kernelSectors) {
        Assembler real = new Assembler(Assembler.Mode.REAL16);
        BootFailure failure = new BootFailure(real);
        real.cli();
        real.alu(AluOp.XOR, 16, Reg.RAX, Reg.RAX);
        real.movToSeg(Seg.DS, Reg.RAX);
        real.movToSeg(Seg.ES, Reg.RAX);
        real.movToSeg(Seg.SS, Reg.RAX);
        real.movImm(16, Reg.RSP, LowMemory.STACK_TOP);
        real.sti();
        real.cld();
        real.mov(8, Mem.absolute(LowMemory.DRIVE), Reg.RDX);
        ProtectedModeSwitch.loadGdt(real);
        MemoryProbe.enableA20(real, failure);
        MemoryProbe.readMemoryMap(real, failure);
        MemoryProbe.readMemorySizes(real);
        Label copyHigh = real.newLabel();
        loadKernel(real, failure, copyHigh, plan, kernelSectors);
        MultibootInfoBuilder.emit(real, plan.commandLineAddress());
        ProtectedModeSwitch.emitEnterKernel(real);
        real.bind(copyHigh);
        ProtectedModeSwitch.emitCopyHigh(real);
        ProtectedModeSwitch.emitReturnToRealMode(real);
        failure.emitRoutine(real);
        MultibootInfoBuilder.emitName(real);
        ProtectedModeSwitch.emitGdt(real);

        Assembler protectedMode = new Assembler(Assembler.Mode.PROTECTED32);
        ProtectedModeSwitch.emitCopy32(protectedMode);
        emitKernel32(protectedMode, plan);

        BootStub linked = new CodeStitcher().append(real, 1, 0).append(protectedMode, 16, 0xCC).finish(List.of());
        return resolve(linked, LowMemory.LOADER);
    }

    /** Reads the kernel chunk by chunk into the low buffer and copies each chunk to its place. */
    private static void loadKernel(Assembler asm, BootFailure failure, Label copyHigh, KernelLoadPlan plan,
                                   int kernelSectors) {
        asm.movImm(32, Mem.absolute(LowMemory.NEXT_SECTOR), DiskGeometry.KERNEL_SECTOR);
        asm.movImm(32, Mem.absolute(LowMemory.SECTORS_LEFT), kernelSectors);
        asm.movImm(32, Mem.absolute(LowMemory.DESTINATION), (int) plan.loadAddress());
        Label next = asm.newLabel();
        Label fullChunk = asm.newLabel();
        Label read = asm.newLabel();
        Label loaded = asm.newLabel();
        asm.bind(next);
        asm.mov(32, Reg.RAX, Mem.absolute(LowMemory.SECTORS_LEFT));
        asm.test(32, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.E, loaded);
        asm.movImm(32, Reg.RCX, DiskGeometry.CHUNK_SECTORS);
        asm.cmp(32, Reg.RAX, Reg.RCX);
        asm.jcc(Cond.AE, fullChunk);
        asm.mov(32, Reg.RCX, Reg.RAX);
        asm.bind(fullChunk);
        asm.mov(16, Mem.absolute(LowMemory.CHUNK_SECTORS), Reg.RCX);
        int packet = LowMemory.DISK_PACKET;
        asm.movImm(16, Mem.absolute(packet), PACKET_SIZE);
        asm.mov(16, Mem.absolute(packet + 2), Reg.RCX);
        asm.movImm(16, Mem.absolute(packet + 4), 0);
        asm.movImm(16, Mem.absolute(packet + 6), LowMemory.BOUNCE_BUFFER >> 4);
        asm.mov(32, Reg.RAX, Mem.absolute(LowMemory.NEXT_SECTOR));
        asm.mov(32, Mem.absolute(packet + 8), Reg.RAX);
        asm.movImm(32, Mem.absolute(packet + 12), 0);
        asm.movImm(16, Reg.RSI, packet);
        asm.mov(8, Reg.RDX, Mem.absolute(LowMemory.DRIVE));
        asm.movImm(16, Reg.RAX, EXTENDED_READ);
        asm.intImm(BIOS_DISK);
        asm.jcc(Cond.AE, read);
        failure.fail(asm, "cannot read the kernel from the boot disk");
        asm.bind(read);
        asm.movzx(32, Reg.RCX, 16, Mem.absolute(LowMemory.CHUNK_SECTORS));
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RCX, Integer.numberOfTrailingZeros(DWORDS_PER_SECTOR));
        asm.movImm(32, Reg.RSI, LowMemory.BOUNCE_BUFFER);
        asm.mov(32, Reg.RDI, Mem.absolute(LowMemory.DESTINATION));
        asm.call(copyHigh);
        asm.movzx(32, Reg.RAX, 16, Mem.absolute(LowMemory.CHUNK_SECTORS));
        asm.alu(AluOp.ADD, 32, Mem.absolute(LowMemory.NEXT_SECTOR), Reg.RAX);
        asm.alu(AluOp.SUB, 32, Mem.absolute(LowMemory.SECTORS_LEFT), Reg.RAX);
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RAX, Integer.numberOfTrailingZeros(DiskGeometry.SECTOR));
        asm.alu(AluOp.ADD, 32, Mem.absolute(LowMemory.DESTINATION), Reg.RAX);
        asm.jmp(next);
        asm.bind(loaded);
    }

    /**
     * 32-bit code the loader ends in: flat segments and a stack, the bss zeroed (bytes up to a
     * 4-aligned address, dwords, the bytes left), the empty command line written, and the jump to
     * the kernel's entry in the state the Multiboot specification gives.
     */
    private static void emitKernel32(Assembler asm, KernelLoadPlan plan) {
        asm.defineSymbol(ProtectedModeSwitch.KERNEL32);
        ProtectedModeSwitch.loadDataSegments(asm, true);
        asm.movImm(32, Reg.RSP, LowMemory.STACK_TOP);
        long start = plan.loadEnd();
        long length = plan.bssEnd() - start;
        long head = Math.min(length, -start & 3);
        long dwords = (length - head) / 4;
        long tail = length - head - dwords * 4;
        asm.alu(AluOp.XOR, 32, Reg.RAX, Reg.RAX);
        asm.movImm(32, Reg.RDI, start);
        zero(asm, 8, head);
        zero(asm, 32, dwords);
        zero(asm, 8, tail);
        asm.movImm(32, Reg.RDI, plan.commandLineAddress());
        asm.movImm(8, Mem.of(Reg.RDI, 0), 0);
        asm.movImm(32, Reg.RAX, MULTIBOOT_LOADER_MAGIC);
        asm.movImm(32, Reg.RBX, LowMemory.MULTIBOOT_INFO);
        asm.movImm(32, Reg.RCX, plan.entry());
        asm.jmp(Reg.RCX);
    }

    private static void zero(Assembler asm, int bits, long count) {
        if (count > 0) {
            asm.movImm(32, Reg.RCX, count);
            asm.repStos(bits);
        }
    }

    /** Places the stitched code at {@code origin}: every relocation is an absolute 32-bit address. */
    static byte[] resolve(BootStub linked, int origin) {
        ByteBuffer code = ByteBuffer.wrap(linked.code()).order(ByteOrder.LITTLE_ENDIAN);
        for (Relocation r : linked.relocations()) {
            Integer offset = linked.symbols().get(r.symbol());
            if (offset == null || r.kind() != Relocation.Kind.ABS32) {
                throw new IllegalStateException("the disk loader cannot resolve " + r);
            }
            code.putInt(r.offset(), Math.toIntExact(origin + offset + r.addend()));
        }
        return code.array();
    }
}
