package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import java.nio.charset.StandardCharsets;

/**
 * Real-mode code that fills the Multiboot v1 information structure at {@link
 * LowMemory#MULTIBOOT_INFO} from what {@link MemoryProbe} found: memory sizes, the boot drive, an
 * empty command line, the memory map and the loader's name. Other fields stay zero.
 */
final class MultibootInfoBuilder {
    /** Flags: memory sizes (bit 0), boot device (1), command line (2), memory map (6), loader name (9). */
    static final int FLAGS = 1 | 1 << 1 | 1 << 2 | 1 << 6 | 1 << 9;
    /** Bytes of the structure the loader clears, up to and including the framebuffer fields. */
    static final int SIZE = 120;
    static final String LOADER_NAME = "moka.loader.name";
    /** What the loader calls itself in {@code boot_loader_name}. */
    static final String NAME = "Moka disk loader";

    private static final int FLAGS_OFFSET = 0;
    private static final int MEM_LOWER = 4;
    private static final int MEM_UPPER = 8;
    private static final int BOOT_DEVICE = 12;
    private static final int COMMAND_LINE = 16;
    private static final int MMAP_LENGTH = 44;
    private static final int MMAP_ADDR = 48;
    private static final int BOOT_LOADER_NAME = 64;
    /** Partitions 1-3 of the boot device: none, the kernel is not in a file system. */
    private static final int NO_PARTITIONS = 0x00FFFFFF;

    private MultibootInfoBuilder() {
    }

    /** @param commandLine where the kernel will find its (empty) command line */
    static void emit(Assembler asm, long commandLine) {
        int info = LowMemory.MULTIBOOT_INFO;
        asm.movImm(16, Reg.RDI, info);
        asm.alu(AluOp.XOR, 32, Reg.RAX, Reg.RAX);
        asm.movImm(16, Reg.RCX, SIZE / 4);
        asm.repStos(32);
        asm.movImm(32, Mem.absolute(info + FLAGS_OFFSET), FLAGS);
        asm.movzx(32, Reg.RAX, 16, Mem.absolute(LowMemory.LOWER_KIB));
        asm.mov(32, Mem.absolute(info + MEM_LOWER), Reg.RAX);
        asm.mov(32, Reg.RAX, Mem.absolute(LowMemory.UPPER_KIB));
        asm.mov(32, Mem.absolute(info + MEM_UPPER), Reg.RAX);
        asm.movzx(32, Reg.RAX, 8, Mem.absolute(LowMemory.DRIVE));
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RAX, 24);
        asm.aluImm(AluOp.OR, 32, Reg.RAX, NO_PARTITIONS);
        asm.mov(32, Mem.absolute(info + BOOT_DEVICE), Reg.RAX);
        asm.movImm(32, Mem.absolute(info + COMMAND_LINE), (int) commandLine);
        asm.movzx(32, Reg.RAX, 16, Mem.absolute(LowMemory.MAP_BYTES));
        asm.mov(32, Mem.absolute(info + MMAP_LENGTH), Reg.RAX);
        asm.movImm(32, Mem.absolute(info + MMAP_ADDR), LowMemory.MEMORY_MAP);
        asm.movAbs32Symbol(Reg.RAX, LOADER_NAME, 0);
        asm.mov(32, Mem.absolute(info + BOOT_LOADER_NAME), Reg.RAX);
    }

    /** The loader's name as data. */
    static void emitName(Assembler asm) {
        asm.defineSymbol(LOADER_NAME);
        asm.emitBytes(NAME.getBytes(StandardCharsets.US_ASCII));
        asm.emit8(0);
    }
}
