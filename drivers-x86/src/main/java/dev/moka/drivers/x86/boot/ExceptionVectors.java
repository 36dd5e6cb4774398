package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.drivers.x86.X86StackRange;

/**
 * Stubs for all IDT vectors: the 32 CPU exceptions and the 16 PIC lines, which go to
 * {@link InterruptEntry}.
 *
 * <p>A CPU exception at an instruction of compiled Java code is handed to Java: the handler makes
 * the faulting method appear to call {@code X86Faults.raise(vector, errorCode, cr2, rip, depthWord)}
 * from the faulting instruction, by pushing {@code rip + 1} as a return address on the interrupted
 * stack and returning (iretq) into {@code raise} with the arguments in registers. The unwinder, the
 * stack-trace walker and the collector then see an ordinary call from that instruction (the compiler
 * records a stack map at {@code rip + 1} for instructions it lets fault). Caller-saved registers are
 * clobbered; callee-saved ones keep the faulting method's values, as a call would.
 *
 * <p>A double fault after a page fault in a stack guard is a stack overflow, reported in Java on
 * the double-fault stack (see {@link #emitStackOverflow}).
 *
 * <p>An exception raised in ring 3 is the user program's: it goes to the run's handler (see
 * {@link UserModeEntry}) and never stops the kernel.
 *
 * <p>Any other exception, and one raised while an earlier one is still being raised (the depth word
 * is non-zero until {@code raise} has built its exception), prints
 * {@code panic: cpu exception <vector> rip=<hex> cr2=<hex>} on COM1 (for a page fault followed by
 * the access, see {@link PageFaultReport}) and stops the machine with the failure exit value.
 *
 * <p>Every vector has a 16-byte stub so the IDT can be filled by a loop. The CPU pushes an error
 * code only for some vectors; the other stubs push a zero so the common handler always sees
 * {@code [rsp] = vector, [rsp+8] = error code, [rsp+16] = faulting RIP}.
 */
final class ExceptionVectors {
    static final int STUB_SIZE = 16;
    private static final int NMI = 2;
    private static final int MACHINE_CHECK = 18;
    /** Vectors for which the CPU pushes an error code (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX). */
    private static final int ERROR_CODE_VECTORS = 1 << 8 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13 | 1 << 14
            | 1 << 17 | 1 << 21 | 1 << 29 | 1 << 30;

    /** The first stub; stub {@code v} is at {@code stubs + v * STUB_SIZE}. */
    final Label stubs;

    /** Where the stubs of the PIC vectors (32..47) go; bound by {@link InterruptEntry}. */
    final Label interruptCommon;

    /** Where an exception raised in ring 3 goes, with the trap frame at rsp; bound by {@link UserModeEntry}. */
    final Label userFault;

    /** Where a return to ring 3 goes when its address is not a user address; bound by {@link UserModeEntry}. */
    final Label userUnreturnable;

    /** Creates the stub labels; {@link #emit} binds the stubs. */
    ExceptionVectors(Assembler asm) {
        this.stubs = asm.newLabel();
        this.interruptCommon = asm.newLabel();
        this.userFault = asm.newLabel();
        this.userUnreturnable = asm.newLabel();
    }

    static boolean pushesErrorCode(int vector) {
        return (ERROR_CODE_VECTORS >>> vector & 1) != 0;
    }

    /**
     * Emits the stubs and the common handler. {@code fail} stops the machine; {@code messages}
     * gives the text labels.
     */
    void emit(Assembler asm, SerialConsole console, Label fail, Label prefix, Label ripText, Label cr2Text,
            Label newline) {
        Label common = asm.newLabel();
        asm.align(STUB_SIZE, 0xCC);
        asm.bind(stubs);
        for (int vector = 0; vector < BootSymbols.IDT_VECTORS; vector++) {
            int start = asm.position();
            boolean exception = vector < BootSymbols.EXCEPTION_VECTORS;
            if (!exception || !pushesErrorCode(vector)) {
                asm.pushImm(0);
            }
            asm.pushImm(vector);
            asm.jmp(exception ? common : interruptCommon);
            if (asm.position() - start > STUB_SIZE) {
                throw new IllegalStateException("exception stub " + vector + " exceeds " + STUB_SIZE + " bytes");
            }
            asm.align(STUB_SIZE, 0xCC);
        }
        asm.bind(common);
        Label panic = asm.newLabel();
        emitStackOverflow(asm, panic);
        emitFromUserMode(asm);
        emitRaiseInJava(asm, panic);
        asm.bind(panic);
        asm.defineSymbol(BootSymbols.PANIC + ".exception");
        asm.leaRip(Reg.RSI, prefix);
        asm.call(console.putString);
        asm.mov(64, Reg.RAX, Mem.of(Reg.RSP, 0));
        asm.call(console.putDecimal);
        asm.leaRip(Reg.RSI, ripText);
        asm.call(console.putString);
        asm.mov(64, Reg.RAX, Mem.of(Reg.RSP, 16));
        asm.call(console.putHex);
        asm.leaRip(Reg.RSI, cr2Text);
        asm.call(console.putString);
        asm.movFromCr(Reg.RAX, 2);
        asm.call(console.putHex);
        PageFaultReport.emit(asm, console);
        asm.leaRip(Reg.RSI, newline);
        asm.call(console.putString);
        asm.jmp(fail);
    }

    /**
     * Below the interrupted stack pointer the CPU pushed its frame; the fake call frame goes further
     * down, past it and past the 128-byte red zone, so neither is overwritten.
     */
    private static final int FAKE_FRAME_GAP = 128 + 64;

    /**
     * A double fault (on its own stack, IST 1) whose last page fault hit a stack guard, the kernel
     * threads' range ({@link X86StackRange}) or the boot stack's guard: the thread ran off its stack.
     * The faulting code is made to appear to call {@code X86Faults.stackOverflow(cr2)} from the
     * faulting instruction, as {@link #emitRaiseInJava} does, but on the double-fault stack, since
     * the thread's stack has no room left: the return address {@code rip + 1} is pushed here and rbp
     * still holds the faulting code's frame pointer, so the Java trace walks on into the thread's
     * frames. The handler never returns. Any other double fault, and one while a fault is being
     * raised, is a panic of the boot code. Other vectors fall through.
     */
    private static void emitStackOverflow(Assembler asm, Label panic) {
        Label other = asm.newLabel();
        Label bootGuard = asm.newLabel();
        Label overflow = asm.newLabel();
        asm.aluImm(AluOp.CMP, 64, Mem.of(Reg.RSP, 0), BootSymbols.DOUBLE_FAULT);
        asm.jcc(Cond.NE, other);
        asm.leaRip(Reg.RAX, BootSymbols.FAULT_DEPTH, 0);
        asm.aluImm(AluOp.CMP, 64, Mem.of(Reg.RAX, 0), 0);
        asm.jcc(Cond.NE, panic);
        asm.movFromCr(Reg.RCX, 2);
        asm.movImm(64, Reg.RDX, X86StackRange.START);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.B, bootGuard);
        asm.movImm(64, Reg.RDX, X86StackRange.END);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.B, overflow);
        asm.bind(bootGuard);
        asm.leaRip(Reg.RDX, BootSymbols.BOOT_STACK_GUARD, 0);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.B, panic);
        asm.leaRip(Reg.RDX, BootSymbols.BOOT_STACK_GUARD, (long) BootSymbols.BOOT_GUARD_PAGES * BootSymbols.PAGE);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.AE, panic);

        asm.bind(overflow);
        asm.movImm(64, Mem.of(Reg.RAX, 0), 1);
        asm.mov(64, Reg.RSI, Mem.of(Reg.RSP, 16));
        asm.aluImm(AluOp.ADD, 64, Reg.RSI, 1);
        asm.mov(64, Reg.RDI, Reg.RCX);
        // The fake call: [rsp] = rip + 1 with rsp = 8 mod 16, as at any function entry.
        asm.aluImm(AluOp.AND, 64, Reg.RSP, -16);
        asm.push(Reg.RSI);
        asm.leaRip(Reg.RAX, BootSymbols.STACK_OVERFLOW_HANDLER, 0);
        asm.jmp(Reg.RAX);
        asm.bind(other);
    }

    /**
     * An exception raised in ring 3 (the frame's code selector is the user's) is the program's, not
     * the kernel's: it goes to {@link #userFault}, which hands it to the run's handler, with every
     * register as the program left it. NMI and machine checks are the machine's whatever ring they
     * interrupt, and a double fault never reaches here. Changes no register.
     */
    private void emitFromUserMode(Assembler asm) {
        Label kernel = asm.newLabel();
        asm.aluImm(AluOp.CMP, 16, Mem.of(Reg.RSP, UserModeEntry.TRAP_FRAME_CS), UserModeEntry.USER_CS);
        asm.jcc(Cond.NE, kernel);
        asm.aluImm(AluOp.CMP, 64, Mem.of(Reg.RSP, 0), NMI);
        asm.jcc(Cond.E, kernel);
        asm.aluImm(AluOp.CMP, 64, Mem.of(Reg.RSP, 0), MACHINE_CHECK);
        asm.jcc(Cond.E, kernel);
        asm.jmp(userFault);
        asm.bind(kernel);
    }

    private static final int RFLAGS_DF = 1 << 10;

    /** Frame at rsp: vector, error code, rip, cs, rflags, rsp, ss. Jumps to {@code panic} when Java cannot take it. */
    private static void emitRaiseInJava(Assembler asm, Label panic) {
        asm.leaRip(Reg.RAX, BootSymbols.FAULT_DEPTH, 0);
        asm.aluImm(AluOp.CMP, 64, Mem.of(Reg.RAX, 0), 0);
        asm.jcc(Cond.NE, panic);
        asm.mov(64, Reg.RCX, Mem.of(Reg.RSP, 16));
        asm.leaRip(Reg.RDX, BootSymbols.JAVA_CODE_START, 0);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.B, panic);
        asm.leaRip(Reg.RDX, BootSymbols.JAVA_CODE_END, 0);
        asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
        asm.jcc(Cond.AE, panic);
        asm.movImm(64, Mem.of(Reg.RAX, 0), 1);

        // The fake call: [new rsp] = rip + 1, with new rsp = 8 mod 16 as at any function entry.
        asm.mov(64, Reg.RDX, Mem.of(Reg.RSP, 40));
        asm.aluImm(AluOp.AND, 64, Reg.RDX, -16);
        asm.aluImm(AluOp.SUB, 64, Reg.RDX, FAKE_FRAME_GAP + 8);
        asm.lea(Reg.RSI, Mem.of(Reg.RCX, 1));
        asm.mov(64, Mem.of(Reg.RDX, 0), Reg.RSI);
        asm.mov(64, Mem.of(Reg.RSP, 40), Reg.RDX);
        asm.leaRip(Reg.RSI, BootSymbols.FAULT_HANDLER, 0);
        asm.mov(64, Mem.of(Reg.RSP, 16), Reg.RSI);
        // Compiled code expects the direction flag clear, as at any call; a fault inside a
        // downward string move would leave it set.
        asm.aluImm(AluOp.AND, 64, Mem.of(Reg.RSP, 32), ~RFLAGS_DF);

        asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, 0));
        asm.mov(64, Reg.RSI, Mem.of(Reg.RSP, 8));
        asm.movFromCr(Reg.RDX, 2);
        asm.mov(64, Reg.R8, Reg.RAX);
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 16);
        asm.iretq();
    }
}
