package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * The arch routines behind {@code Magic.switchContext} and {@code Magic.threadTrampoline}, called
 * with the compiler's convention (arguments in rdi, rsi; result in rax; rbx, rbp, r12-r15 preserved).
 *
 * <p>A saved context is a stack pointer; the stack holds, from it upwards, r15, r14, r13, r12, rbx,
 * rbp and the address to return to. A new thread's stack is prepared the same way with the
 * trampoline as the return address, so its first switch "returns" into the trampoline.
 */
final class ThreadRoutines {
    private static final Reg[] CALLEE_SAVED = {Reg.RBP, Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15};

    private ThreadRoutines() {
    }

    static void emit(Assembler asm, Label panic) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.SWITCH_CONTEXT);
        for (Reg r : CALLEE_SAVED) {
            asm.push(r);
        }
        asm.mov(64, Mem.of(Reg.RDI, 0), Reg.RSP);
        asm.mov(64, Reg.RSP, Mem.of(Reg.RSI, 0));
        for (int i = CALLEE_SAVED.length - 1; i >= 0; i--) {
            asm.pop(CALLEE_SAVED[i]);
        }
        asm.ret();

        Label trampoline = asm.newLabel();
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.THREAD_TRAMPOLINE);
        asm.leaRip(Reg.RAX, trampoline);
        asm.ret();

        // A new thread starts here with interrupts masked (switches happen so) and a fresh stack.
        asm.align(16, 0xCC);
        asm.bind(trampoline);
        asm.defineSymbol("moka.boot.thread_trampoline");
        asm.movImm(32, Reg.RBP, 0); // ends frame-pointer walks
        asm.aluImm(AluOp.AND, 64, Reg.RSP, -16);
        asm.sti();
        asm.callSymbol(BootSymbols.THREAD_START);
        asm.jmp(panic);
    }
}
