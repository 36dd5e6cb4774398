package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;

/**
 * Leaves the {@value BootSymbols#BOOT_GUARD_PAGES} pages below the boot stack unmapped, so that the
 * boot thread (the kernel's {@code main}) faults when it runs off its stack instead of writing over
 * the page tables and the rest of the image below it. The double-fault handler then reports a
 * stack overflow (see {@link ExceptionVectors}).
 *
 * <p>The identity map uses 2 MiB pages above the first 2 MiB, so the 2 MiB page that holds the
 * guard is split: its page-directory entry is pointed at a page table of its own 4 KiB pages, in
 * which the guard's entries are left empty. In the first 2 MiB the boot code's low page table is
 * used as it is. The guard block is aligned to its size, so it never straddles two 2 MiB pages.
 *
 * <p>Runs in the 32-bit entry once the identity map is built and before paging is enabled.
 * Clobbers EAX, ECX, EDX and EDI; EBP and ESI (boot information, loader magic) are kept.
 */
final class BootStackGuard {
    private static final int PRESENT_WRITABLE = 0x3;
    private static final int TWO_MIB_SHIFT = 21;
    private static final int PAGE_SHIFT = 12;
    private static final int ENTRY_INDEX_MASK = 511;

    private BootStackGuard() {
    }

    static void emit(Assembler asm) {
        Label low = asm.newLabel();
        Label clear = asm.newLabel();
        asm.movAbs32Symbol(Reg.RDX, BootSymbols.BOOT_STACK_GUARD, 0);
        asm.shiftImm(ShiftOp.SHR, 32, Reg.RDX, TWO_MIB_SHIFT);
        asm.test(32, Reg.RDX, Reg.RDX);
        asm.jcc(Cond.E, low);

        // A page table for the guard's 2 MiB page: entry k maps that page's k-th 4 KiB.
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.BOOT_GUARD_TABLE, 0);
        asm.mov(32, Reg.RAX, Reg.RDX);
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RAX, TWO_MIB_SHIFT);
        asm.aluImm(AluOp.OR, 32, Reg.RAX, PRESENT_WRITABLE);
        ProtectedModeEntry.fillEntries(asm, 512, BootSymbols.PAGE);
        // The directory entry of that 2 MiB page now points at the table.
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.PAGE_DIRECTORIES, 0);
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RDX, 3);
        asm.alu(AluOp.ADD, 32, Reg.RDI, Reg.RDX);
        asm.movAbs32Symbol(Reg.RAX, BootSymbols.BOOT_GUARD_TABLE, PRESENT_WRITABLE);
        asm.mov(32, Mem.of(Reg.RDI, 0), Reg.RAX);
        asm.movImm(32, Mem.of(Reg.RDI, 4), 0);
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.BOOT_GUARD_TABLE, 0);
        asm.jmp(clear);

        asm.bind(low);
        asm.movAbs32Symbol(Reg.RDI, BootSymbols.LOW_PAGE_TABLE, 0);

        // Empty the guard's entries.
        asm.bind(clear);
        asm.movAbs32Symbol(Reg.RAX, BootSymbols.BOOT_STACK_GUARD, 0);
        asm.shiftImm(ShiftOp.SHR, 32, Reg.RAX, PAGE_SHIFT);
        asm.aluImm(AluOp.AND, 32, Reg.RAX, ENTRY_INDEX_MASK);
        asm.shiftImm(ShiftOp.SHL, 32, Reg.RAX, 3);
        asm.alu(AluOp.ADD, 32, Reg.RDI, Reg.RAX);
        for (int page = 0; page < BootSymbols.BOOT_GUARD_PAGES; page++) {
            asm.movImm(32, Mem.of(Reg.RDI, 8 * page), 0);
            asm.movImm(32, Mem.of(Reg.RDI, 8 * page + 4), 0);
        }
    }
}
