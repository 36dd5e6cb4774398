package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;

/**
 * The arch routines behind {@code Magic.switchContext} and {@code Magic.threadTrampoline}, called
 * with the compiler's convention (arguments in rdi, rsi; result in rax; rbx, rbp, r12-r15 preserved).
 *
 * <p>A saved context is a block ({@link ThreadContextLayout}) whose first word is a stack pointer; the
 * stack holds, from it upwards, r15, r14, r13, r12, rbx, rbp and the address to return to. The block
 * also keeps the thread's FPU and SSE state, saved and loaded by the switch. A new thread's stack is prepared the same way with the
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
        // The FPU and SSE state goes with the thread: a thread preempted in ring 3 or in kernel code
        // may hold live xmm values, which the next thread would otherwise overwrite.
        asm.fxsave64(Mem.of(Reg.RDI, ThreadContextLayout.FPU_STATE));
        asm.mov(64, Mem.of(Reg.RDI, 0), Reg.RSP);
        asm.mov(64, Reg.RSP, Mem.of(Reg.RSI, 0));
        asm.fxrstor64(Mem.of(Reg.RSI, ThreadContextLayout.FPU_STATE));
        for (int i = CALLEE_SAVED.length - 1; i >= 0; i--) {
            asm.pop(CALLEE_SAVED[i]);
        }
        asm.ret();

        emitInterruptRoundTrip(asm);

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

    /**
     * {@code magic_interruptRoundTrip}: time-stamp-counter cycles of one software interrupt through
     * the vector of the master PIC's IRQ 7, which takes the hardware interrupts' whole path (the stub,
     * {@link InterruptEntry}'s register saves, the Java dispatcher, which counts it as spurious and
     * returns at once, the restores and {@code iretq}). Only rax, rdx and r8 change.
     */
    private static void emitInterruptRoundTrip(Assembler asm) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.INTERRUPT_ROUND_TRIP);
        readTimeStampCounter(asm);
        asm.mov(64, Reg.R8, Reg.RAX);
        asm.intImm(BootSymbols.SPURIOUS_VECTOR);
        readTimeStampCounter(asm);
        asm.alu(AluOp.SUB, 64, Reg.RAX, Reg.R8);
        asm.ret();
    }

    /** rax = the 64-bit time-stamp counter; clobbers rdx. */
    private static void readTimeStampCounter(Assembler asm) {
        asm.rdtsc();
        asm.shiftImm(ShiftOp.SHL, 64, Reg.RDX, 32);
        asm.alu(AluOp.OR, 64, Reg.RAX, Reg.RDX);
    }
}
