package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * The arch routines behind {@code Magic.invalidatePage}, {@code Magic.loadPageTableRoot} and
 * {@code Magic.pageTableRoot}, called with the compiler's convention (argument in rdi, result in
 * rax). Each is one privileged instruction and a return; they touch no other register.
 */
final class PagingRoutines {
    private PagingRoutines() {
    }

    static void emit(Assembler asm) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.INVALIDATE_PAGE);
        asm.invlpg(Mem.of(Reg.RDI, 0));
        asm.ret();

        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.LOAD_PAGE_TABLE_ROOT);
        asm.movToCr(3, Reg.RDI);
        asm.ret();

        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.PAGE_TABLE_ROOT);
        asm.movFromCr(Reg.RAX, 3);
        asm.ret();
    }
}
