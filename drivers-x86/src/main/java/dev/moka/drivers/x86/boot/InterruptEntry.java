package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * The common path of the hardware interrupt vectors: saves every general register, calls
 * {@code X86Interrupts.onInterrupt(vector, frame)} in Java, restores the registers and returns with
 * {@code iretq}. Allocates nothing; the Java handler may switch to another thread's stack, and this
 * code finishes when the interrupted thread is switched back.
 *
 * <p>Frame seen by Java at {@code frame}: r15, r14, ..., r8, rbp, rdi, rsi, rdx, rcx, rbx, rax
 * (15 x 8 bytes), then the vector, a zero error code, and the CPU's rip, cs, rflags, rsp, ss.
 * The CPU aligns the stack to 16 bytes before it pushes its 5 words; 2 more words from the stub and
 * 15 saved registers leave it 16-byte aligned again for the call. Above the handler's frame pointer
 * {@code fp}: its return address at {@code fp + 8}, then r15 at {@code fp + 16} up to rax at
 * {@code fp + 128}, the vector, the error code, and the CPU's rip at {@code fp + 152}, rsp at
 * {@code fp + 176}.
 *
 * <p>An interrupt in ring 3 arrives on the thread's entry stack (TSS.RSP0, see
 * {@link UserModeEntry}); the handler is then called with rbp at the run frame of
 * {@code enterUser}, so the saved rbp above its frame pointer is that and not the program's. The
 * return to ring 3 is made only to a canonical user address (see {@link UserModeEntry}).
 */
final class InterruptEntry {
    /** Saved registers, in push order. */
    static final Reg[] SAVED = {Reg.RAX, Reg.RBX, Reg.RCX, Reg.RDX, Reg.RSI, Reg.RDI, Reg.RBP,
        Reg.R8, Reg.R9, Reg.R10, Reg.R11, Reg.R12, Reg.R13, Reg.R14, Reg.R15};
    /** Offset of the vector from the stack pointer after the registers are saved. */
    static final int VECTOR_OFFSET = 8 * 15;

    private InterruptEntry() {
    }

    static void emit(Assembler asm, Label common, Label unreturnable) {
        asm.align(16, 0xCC);
        asm.bind(common);
        asm.defineSymbol("moka.boot.interrupt");
        for (Reg r : SAVED) {
            asm.push(r);
        }
        // The handler is compiled code, which needs the direction flag clear; the interrupted code's
        // flags come back with iretq.
        asm.cld();
        // Interrupted in ring 3: frame walks go on from the handler to the caller of enterUser, not
        // into the user's rbp (the program's rbp is saved above and restored on the way out).
        Label fromKernel = asm.newLabel();
        asm.aluImm(AluOp.CMP, 16, Mem.of(Reg.RSP, VECTOR_OFFSET + UserModeEntry.TRAP_FRAME_CS),
                UserModeEntry.USER_CS);
        asm.jcc(Cond.NE, fromKernel);
        asm.lea(Reg.RBP, Mem.of(Reg.RSP, VECTOR_OFFSET + UserModeEntry.TRAP_FRAME
                + UserModeEntry.RUN_FRAME_ABOVE_ENTRY_STACK));
        asm.bind(fromKernel);
        asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, VECTOR_OFFSET));
        asm.mov(64, Reg.RSI, Reg.RSP);
        asm.callSymbol(BootSymbols.INTERRUPT_HANDLER);
        Label handlerReturn = asm.newLabel();
        asm.bind(handlerReturn);
        Label restore = asm.newLabel();
        asm.aluImm(AluOp.CMP, 16, Mem.of(Reg.RSP, VECTOR_OFFSET + UserModeEntry.TRAP_FRAME_CS), UserModeEntry.USER_CS);
        asm.jcc(Cond.NE, restore);
        asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, VECTOR_OFFSET + 16));
        UserModeEntry.checkUserAddress(asm, Reg.RDI, Reg.RAX, unreturnable);
        asm.bind(restore);
        for (int i = SAVED.length - 1; i >= 0; i--) {
            asm.pop(SAVED[i]);
        }
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 16); // vector and error code
        asm.iretq();

        // magic_interruptEntryReturn: where the handler returns to, so stack walks can tell an
        // interrupted frame from a called one.
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.INTERRUPT_ENTRY_RETURN);
        asm.leaRip(Reg.RAX, handlerReturn);
        asm.ret();
    }
}
