package dev.moka.drivers.x86.boot;

import static dev.moka.drivers.x86.boot.BootSymbols.PAGE;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import dev.moka.drivers.x86.X86PhysicalMemory;

/**
 * The 32-bit entry point: runs in protected mode, paging off, as the Multiboot loader leaves it,
 * and switches to 64-bit long mode.
 *
 * <p>Register use: EBP keeps the boot information address (from EBX) and ESI the loader's magic
 * value (from EAX) until the 64-bit code passes them to the kernel.
 *
 * <p>Page tables: one PML4 entry -> one PDPT whose first four entries point to four page
 * directories of 512 two-megabyte pages each: an identity map of the first 4 GiB ({@link
 * X86PhysicalMemory#IDENTITY_MAP_END}, which also bounds the RAM the kernel uses), present and
 * writable, supervisor only, except that the first two megabytes are mapped in 4 KiB pages through
 * one page table that leaves page 0 unmapped, so that a null dereference faults (and becomes a
 * NullPointerException, see {@code ExceptionVectors}), and that the guard below the boot stack is
 * left unmapped ({@link BootStackGuard}).
 */
final class ProtectedModeEntry {
    private static final int PRESENT_WRITABLE = 0x3;
    private static final int LARGE_PAGE = 0x80;
    private static final int TWO_MIB = 2 * 1024 * 1024;
    /** One page directory of 2 MiB pages per GiB of the identity map. */
    static final int PAGE_DIRECTORIES = (int) (X86PhysicalMemory.IDENTITY_MAP_END >>> 30);
    private static final int EFER = 0xC0000080;
    private static final int EFER_LME = 1 << 8;
    private static final int EFER_NXE = 1 << 11;
    private static final int CPUID_EXTENDED_MAX = 0x80000000;
    private static final int CPUID_EXTENDED_FEATURES = 0x80000001;
    /** CPUID 0x80000001 EDX bit 20: the CPU has the no-execute page bit. */
    private static final int CPUID_NX = 1 << 20;
    private static final int CR4_PAE = 1 << 5;
    private static final int CR4_OSFXSR = 1 << 9;
    private static final int CR4_OSXMMEXCPT = 1 << 10;
    private static final int CR0_PE = 1;
    private static final int CR0_MP = 1 << 1;
    private static final int CR0_EM = 1 << 2;
    private static final int CR0_WP = 1 << 16;
    private static final int CR0_PG = 1 << 31;

    private ProtectedModeEntry() {
    }

    /** Emits the entry code into a PROTECTED32 assembler. */
    static void emit(Assembler asm) {
        asm.defineSymbol(BootSymbols.ENTRY32);
        asm.cli();
        asm.mov(32, Reg.RBP, Reg.RBX);
        asm.mov(32, Reg.RSI, Reg.RAX);
        asm.movAbs32Symbol(Reg.RSP, BootSymbols.STACK, BootSymbols.STACK_SIZE);

        zeroPage(asm, BootSymbols.PML4);
        zeroPage(asm, BootSymbols.PDPT);

        // PML4[0] -> PDPT
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.PML4, 0);
        asm.movAbs32Symbol(Reg.RAX, BootSymbols.PDPT, PRESENT_WRITABLE);
        asm.mov(32, Mem.of(Reg.RDI, 0), Reg.RAX);

        // PDPT[0..3] -> the four page directories, which are contiguous.
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.PDPT, 0);
        asm.movAbs32Symbol(Reg.RAX, BootSymbols.PAGE_DIRECTORIES, PRESENT_WRITABLE);
        fillEntries(asm, PAGE_DIRECTORIES, PAGE);

        // 2048 large-page entries: entry k maps k * 2 MiB.
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.PAGE_DIRECTORIES, 0);
        asm.movImm(32, Reg.RAX, LARGE_PAGE | PRESENT_WRITABLE);
        fillEntries(asm, PAGE_DIRECTORIES * 512, TWO_MIB);

        // The first 2 MiB in 4 KiB pages, all but page 0: a null dereference faults.
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.LOW_PAGE_TABLE, 0);
        asm.movImm(32, Mem.of(Reg.RDI, 0), 0);
        asm.movImm(32, Mem.of(Reg.RDI, 4), 0);
        asm.aluImm(AluOp.ADD, 32, Reg.RDI, 8);
        asm.movImm(32, Reg.RAX, PAGE | PRESENT_WRITABLE);
        fillEntries(asm, 511, PAGE);
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.PAGE_DIRECTORIES, 0);
        asm.movAbs32Symbol(Reg.RAX, BootSymbols.LOW_PAGE_TABLE, PRESENT_WRITABLE);
        asm.mov(32, Mem.of(Reg.RDI, 0), Reg.RAX);
        BootStackGuard.emit(asm);

        asm.movFromCr(Reg.RAX, 4);
        asm.aluImm(AluOp.OR, 32, Reg.RAX, CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT);
        asm.movToCr(4, Reg.RAX);

        asm.movAbs32Symbol(Reg.RAX, BootSymbols.PML4, 0);
        asm.movToCr(3, Reg.RAX);

        noExecuteEnableBit(asm);
        asm.movImm(32, Reg.RCX, EFER);
        asm.rdmsr();
        asm.aluImm(AluOp.OR, 32, Reg.RAX, EFER_LME);
        asm.alu(AluOp.OR, 32, Reg.RAX, Reg.RDI);
        asm.wrmsr();

        // Paging on with LME set activates long mode (compatibility submode until CS is reloaded).
        asm.movFromCr(Reg.RAX, 0);
        asm.aluImm(AluOp.AND, 32, Reg.RAX, ~CR0_EM);
        asm.aluImm(AluOp.OR, 32, Reg.RAX, CR0_PG | CR0_WP | CR0_MP | CR0_PE);
        asm.movToCr(0, Reg.RAX);

        asm.movAbs32Symbol(Reg.RAX, BootSymbols.GDT_POINTER, 0);
        asm.lgdt(Mem.of(Reg.RAX, 0));
        asm.farJumpSymbol(BootSymbols.CODE_SELECTOR, BootSymbols.LONG_ENTRY, 0);
    }

    /**
     * Leaves in EDI the EFER.NXE bit when the CPU supports no-execute pages, else zero: page tables
     * may then carry the NX bit, which would be a reserved bit (and fault) with NXE clear. Clobbers
     * EAX, EBX, ECX, EDX; EBP and ESI (boot information, loader magic) are kept.
     */
    private static void noExecuteEnableBit(Assembler asm) {
        Label none = asm.newLabel();
        Label done = asm.newLabel();
        asm.movImm(32, Reg.RAX, CPUID_EXTENDED_MAX);
        asm.cpuid();
        asm.cmpImm(32, Reg.RAX, CPUID_EXTENDED_FEATURES);
        asm.jcc(Cond.B, none);
        asm.movImm(32, Reg.RAX, CPUID_EXTENDED_FEATURES);
        asm.cpuid();
        asm.mov(32, Reg.RDI, Reg.RDX);
        asm.aluImm(AluOp.AND, 32, Reg.RDI, CPUID_NX);
        asm.shiftImm(ShiftOp.SHR, 32, Reg.RDI, Integer.numberOfTrailingZeros(CPUID_NX) - Integer.numberOfTrailingZeros(EFER_NXE));
        asm.jmp(done);
        asm.bind(none);
        asm.movImm(32, Reg.RDI, 0);
        asm.bind(done);
    }

    /** Zeroes the 4 KiB page at {@code symbol}; the loader should have, but the stub does not rely on it. */
    private static void zeroPage(Assembler asm, String symbol) {
        asm.movAbs32Symbol(Reg.RDI, symbol, 0);
        asm.movImm(32, Reg.RCX, PAGE / 4);
        Label loop = asm.newLabel();
        asm.bind(loop);
        asm.movImm(32, Mem.of(Reg.RDI, 0), 0);
        asm.aluImm(AluOp.ADD, 32, Reg.RDI, 4);
        asm.aluImm(AluOp.SUB, 32, Reg.RCX, 1);
        asm.jcc(Cond.NE, loop);
    }

    /** Writes {@code count} 8-byte entries at EDI: low half EAX (advanced by {@code step}), high half 0. */
    static void fillEntries(Assembler asm, int count, int step) {
        asm.movImm(32, Reg.RCX, count);
        Label loop = asm.newLabel();
        asm.bind(loop);
        asm.mov(32, Mem.of(Reg.RDI, 0), Reg.RAX);
        asm.movImm(32, Mem.of(Reg.RDI, 4), 0);
        asm.aluImm(AluOp.ADD, 32, Reg.RAX, step);
        asm.aluImm(AluOp.ADD, 32, Reg.RDI, 8);
        asm.aluImm(AluOp.SUB, 32, Reg.RCX, 1);
        asm.jcc(Cond.NE, loop);
    }
}
