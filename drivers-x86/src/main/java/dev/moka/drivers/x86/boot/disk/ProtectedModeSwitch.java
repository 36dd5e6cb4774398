package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Seg;

/**
 * The loader's trips between real mode and 32-bit protected mode. Real-mode code reads the disk
 * through the BIOS; only protected mode reaches memory above 1 MiB. So every chunk of the kernel
 * makes a round trip — into protected mode, {@code rep movsd} from the low buffer to its place, back
 * through a 16-bit segment to real mode — and the last trip goes on into the kernel.
 *
 * <p>The GDT is flat: 0x08 32-bit code, 0x10 32-bit data (both 4 GiB from 0), 0x18 16-bit code and
 * 0x20 16-bit data (64 KiB from 0), the latter two so real mode is re-entered with the limits it
 * expects. Interrupts are off while protected mode is on; the 32-bit code never touches the stack.
 */
final class ProtectedModeSwitch {
    static final int CODE32 = 0x08;
    static final int DATA32 = 0x10;
    static final int CODE16 = 0x18;
    static final int DATA16 = 0x20;
    private static final long[] DESCRIPTORS = {
        0,
        0x00CF9A000000FFFFL, // 32-bit code, base 0, limit 4 GiB
        0x00CF92000000FFFFL, // 32-bit data, base 0, limit 4 GiB
        0x00009A000000FFFFL, // 16-bit code, base 0, limit 64 KiB
        0x000092000000FFFFL, // 16-bit data, base 0, limit 64 KiB
    };
    private static final int PROTECTION_ENABLE = 1;

    static final String GDT = "moka.loader.gdt";
    static final String GDT_POINTER = "moka.loader.gdt_pointer";
    static final String COPY32 = "moka.loader.copy32";
    static final String BACK16 = "moka.loader.back16";
    static final String REAL16 = "moka.loader.real16";
    static final String KERNEL32 = "moka.loader.kernel32";

    private ProtectedModeSwitch() {
    }

    /** Real mode: loads the GDT register (once; real mode keeps it). */
    static void loadGdt(Assembler real) {
        real.movAbs32Symbol(Reg.RBX, GDT_POINTER, 0);
        real.lgdt(Mem.of(Reg.RBX, 0));
    }

    /**
     * Real mode, as a subroutine: copies ECX dwords from ESI to EDI anywhere in the first 4 GiB and
     * returns in real mode with DS and ES zero. Clobbers EAX, ECX, ESI, EDI.
     */
    static void emitCopyHigh(Assembler real) {
        enterProtectedMode(real, COPY32);
    }

    /** Real mode: leaves for the 32-bit code at {@link #KERNEL32}; does not return. */
    static void emitEnterKernel(Assembler real) {
        enterProtectedMode(real, KERNEL32);
    }

    private static void enterProtectedMode(Assembler real, String target) {
        real.cli();
        real.movFromCr(Reg.RAX, 0);
        real.aluImm(AluOp.OR, 8, Reg.RAX, PROTECTION_ENABLE);
        real.movToCr(0, Reg.RAX);
        real.farJumpSymbol(CODE32, target, 0);
    }

    /** Real-mode side of the round trip: the 16-bit protected-mode exit and the return to real mode. */
    static void emitReturnToRealMode(Assembler real) {
        real.defineSymbol(BACK16);
        real.movImm(16, Reg.RAX, DATA16);
        real.movToSeg(Seg.DS, Reg.RAX);
        real.movToSeg(Seg.ES, Reg.RAX);
        real.movFromCr(Reg.RAX, 0);
        real.aluImm(AluOp.AND, 8, Reg.RAX, ~PROTECTION_ENABLE & 0xFF);
        real.movToCr(0, Reg.RAX);
        real.farJumpSymbol(0, REAL16, 0);
        real.defineSymbol(REAL16);
        real.alu(AluOp.XOR, 16, Reg.RAX, Reg.RAX);
        real.movToSeg(Seg.DS, Reg.RAX);
        real.movToSeg(Seg.ES, Reg.RAX);
        real.sti();
        real.ret();
    }

    /** Protected-mode side of the round trip. */
    static void emitCopy32(Assembler protectedMode) {
        protectedMode.defineSymbol(COPY32);
        loadDataSegments(protectedMode, false);
        protectedMode.repMovs(32);
        protectedMode.farJumpSymbol(CODE16, BACK16, 0);
    }

    /** Loads DS and ES (and with {@code all}, SS, FS and GS) with the flat 32-bit data segment. */
    static void loadDataSegments(Assembler protectedMode, boolean all) {
        protectedMode.movImm(16, Reg.RAX, DATA32);
        protectedMode.movToSeg(Seg.DS, Reg.RAX);
        protectedMode.movToSeg(Seg.ES, Reg.RAX);
        if (all) {
            protectedMode.movToSeg(Seg.SS, Reg.RAX);
            protectedMode.movToSeg(Seg.FS, Reg.RAX);
            protectedMode.movToSeg(Seg.GS, Reg.RAX);
        }
    }

    /** The GDT and its pointer, as data (8-aligned). */
    static void emitGdt(Assembler asm) {
        asm.align(8, 0);
        asm.defineSymbol(GDT);
        for (long descriptor : DESCRIPTORS) {
            asm.emit64(descriptor);
        }
        asm.defineSymbol(GDT_POINTER);
        asm.emit16(DESCRIPTORS.length * 8 - 1);
        asm.emitAbs32(GDT, 0);
    }
}
