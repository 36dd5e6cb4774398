package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import dev.moka.assembler.x86.Xmm;

/**
 * The ways into and out of ring 3: the {@code syscall} entry, CPU exceptions raised in ring 3, and
 * the arch routines {@code magic_enterUser}, {@code magic_leaveUser}, {@code magic_userEntryStack}
 * and {@code magic_loadUserEntryStack} (see {@code X86UserMode} for the Java side).
 *
 * <p><b>The run frame.</b> {@code enterUser} pushes rbp, so with the return address above it the
 * words at its frame pointer are an ordinary frame of the Java caller; then rbx, r12-r15, the low
 * halves of xmm12-xmm15 and a pad (the registers compiled code expects a call to preserve), and the
 * stack pointer below them becomes TSS.RSP0, the <em>entry stack</em>: 16-byte aligned, it
 * is where the CPU puts an interrupt or exception frame from ring 3, and where the syscall entry
 * switches to. The run frame thus lies {@value #RUN_FRAME_ABOVE_ENTRY_STACK} bytes above the entry
 * stack. Every Java call made from ring 3's entries gets that run frame as its rbp: a frame walk (the
 * collector's, the unwinder's, a stack trace) goes from the handler straight on to the frames of
 * {@code enterUser}'s caller, and never follows the user's rbp. {@code leaveUser} reloads the
 * stack pointer from TSS.RSP0, pops what {@code enterUser} pushed and returns from it.
 *
 * <p><b>One CPU, no swapgs.</b> {@code syscall} leaves the user's stack pointer in rsp and no free
 * register; with interrupts masked (SFMASK clears IF) a bss word holds it for the two instructions
 * it takes to load TSS.RSP0. On several CPUs that word and the TSS would be per-CPU data reached
 * through {@code swapgs}; with one CPU a RIP-relative global is the same thing, and the kernel does
 * not use GS, so nothing has to be swapped. The machine keeps TSS.RSP0 per thread: the context switch
 * saves and restores it ({@code X86ArchPack.switchContext}).
 *
 * <p><b>Returns to ring 3</b> are checked: {@code sysretq} would raise #GP in ring 0, on the user's
 * stack, if rcx were not canonical (the CVE-2012-0217 class), and {@code iretq} to a non-canonical
 * rip faults in ring 0 too. Before either, the return address must lie in the lower canonical half;
 * otherwise the path calls {@code X86UserMode.unreturnable}, which reports a #GP to the run's
 * handler and ends the run.
 *
 * <p>Not handled yet: NMI and machine checks have no IST stacks, so one arriving in the few
 * instructions where ring 0 runs on the user's stack would push its frame there.
 */
final class UserModeEntry {
    private static final int MSR_EFER = 0xC0000080;
    private static final int MSR_STAR = 0xC0000081;
    private static final int MSR_LSTAR = 0xC0000082;
    private static final int MSR_FMASK = 0xC0000084;
    /** EFER.SCE: the {@code syscall} and {@code sysret} instructions are enabled. */
    private static final int EFER_SCE = 1;
    private static final int RFLAGS_TF = 1 << 8;
    private static final int RFLAGS_IF = 1 << 9;
    private static final int RFLAGS_DF = 1 << 10;
    private static final int RFLAGS_NT = 1 << 14;
    private static final int RFLAGS_AC = 1 << 18;
    /** Flags {@code syscall} clears: the kernel runs with interrupts masked until it has its stack, DF clear, no trap, no alignment checks. */
    static final int SYSCALL_FLAG_MASK = RFLAGS_TF | RFLAGS_IF | RFLAGS_DF | RFLAGS_NT | RFLAGS_AC;
    /** The flags a user program starts with: interrupts enabled, and the bit that always reads 1. */
    static final int USER_START_FLAGS = RFLAGS_IF | 2;

    static final int USER_CS = BootSymbols.USER_CODE_SELECTOR | BootSymbols.USER_RPL;
    static final int USER_SS = BootSymbols.USER_DATA_SELECTOR | BootSymbols.USER_RPL;

    /** Bytes from the entry stack (TSS.RSP0) up to the run frame: xmm12-xmm15, pad, r15, r14, r13, r12, rbx. */
    static final int RUN_FRAME_ABOVE_ENTRY_STACK = 80;
    /** Bytes of a CPU frame with the stub's vector and error code: vector, error, rip, cs, rflags, rsp, ss. */
    static final int TRAP_FRAME = 7 * 8;
    /** Offset of the code selector in that frame. */
    static final int TRAP_FRAME_CS = 24;
    /** Bytes the interrupt and fault paths push: the 15 general registers. */
    static final int SAVED_REGISTERS = 15 * 8;
    /** Bits of a user address: a canonical address of the lower half has nothing set above bit 46. */
    private static final int USER_ADDRESS_BITS = 47;

    /** The syscall entry's frame from the entry stack down: user rip (rcx), rflags (r11) and rsp, then rbp, rdi, rsi, rdx, r10, r8, r9. */
    private static final int SYSCALL_SAVED = 10 * 8;
    /** The syscall entry's frame: the saved words, a pad, and the handler's seventh argument. */
    private static final int SYSCALL_FRAME = SYSCALL_SAVED + 16;
    /** The program's FPU and SSE state, saved on the entry stack by the syscall and fault paths. */
    private static final int FPU = ThreadContextLayout.FPU_STATE_BYTES;
    private static final Reg[] SYSCALL_SAVED_REGISTERS = {Reg.RBP, Reg.RDI, Reg.RSI, Reg.RDX, Reg.R10, Reg.R8, Reg.R9};
    private static final Reg[] RUN_SAVED_REGISTERS = {Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15};
    /** The SSE registers compiled code keeps across calls; only their low 64 bits hold values. */
    private static final Xmm[] RUN_SAVED_FLOAT_REGISTERS = {Xmm.XMM12, Xmm.XMM13, Xmm.XMM14, Xmm.XMM15};
    /** Bytes below the pushed registers: the saved SSE registers and a pad to 16-byte alignment. */
    private static final int RUN_FLOAT_AREA = RUN_SAVED_FLOAT_REGISTERS.length * 8 + 8;
    /** Registers a user program starts with zeroed (rdi and rsi carry its arguments). */
    private static final Reg[] ZEROED_AT_START = {Reg.RAX, Reg.RBX, Reg.RCX, Reg.RDX, Reg.RBP, Reg.R8, Reg.R9,
        Reg.R10, Reg.R11, Reg.R12, Reg.R13, Reg.R14, Reg.R15};

    private UserModeEntry() {
    }

    /**
     * Enables {@code syscall} (EFER.SCE) and sets STAR (kernel CS 0x08 and SS 0x10 on entry; user SS
     * 0x18 and CS 0x20 on return, RPL 3 added by the CPU), LSTAR (the entry) and SFMASK. Clobbers rax,
     * rcx and rdx.
     */
    static void emitSetup(Assembler asm) {
        asm.movImm(32, Reg.RCX, MSR_EFER);
        asm.rdmsr();
        asm.aluImm(AluOp.OR, 32, Reg.RAX, EFER_SCE);
        asm.wrmsr();

        asm.movImm(32, Reg.RCX, MSR_STAR);
        asm.movImm(32, Reg.RAX, 0);
        // sysret's base is the data selector below the user code: SS = base + 8, CS = base + 16.
        int sysretBase = BootSymbols.USER_DATA_SELECTOR - 8;
        asm.movImm(32, Reg.RDX, sysretBase << 16 | BootSymbols.CODE_SELECTOR);
        asm.wrmsr();

        asm.movImm(32, Reg.RCX, MSR_LSTAR);
        asm.leaRip(Reg.RAX, BootSymbols.SYSCALL_ENTRY, 0);
        asm.mov(64, Reg.RDX, Reg.RAX);
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RDX, 32);
        asm.wrmsr();

        asm.movImm(32, Reg.RCX, MSR_FMASK);
        asm.movImm(32, Reg.RAX, SYSCALL_FLAG_MASK);
        asm.movImm(32, Reg.RDX, 0);
        asm.wrmsr();
    }

    /**
     * Emits the syscall entry, the ring-3 fault path (bound at {@code userFault}, which the exception
     * stubs' common handler jumps to with the trap frame at rsp), the way out of a return to ring 3
     * that cannot be made (bound at {@code unreturnable}) and the arch routines.
     */
    static void emit(Assembler asm, Label userFault, Label unreturnable) {
        emitUnreturnable(asm, unreturnable);
        emitSyscallEntry(asm, unreturnable);
        emitUserFault(asm, userFault, unreturnable);
        emitEnterUser(asm);
        emitLeaveUser(asm);

        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.USER_ENTRY_STACK);
        asm.movRipLoad(64, Reg.RAX, BootSymbols.TSS, BootSymbols.TSS_RSP0);
        asm.ret();

        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.LOAD_USER_ENTRY_STACK);
        asm.movRipStore(64, BootSymbols.TSS, BootSymbols.TSS_RSP0, Reg.RDI);
        asm.ret();

        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.IO_PERMISSION_MAP);
        asm.leaRip(Reg.RAX, BootSymbols.TSS, BootSymbols.TSS_SIZE);
        asm.ret();
    }

    /**
     * {@code syscall}: rcx = user rip, r11 = user rflags, rsp = user rsp, interrupts masked. Saves
     * what the program must find again, calls {@code X86UserMode.syscall(rax, rdi, rsi, rdx, r10,
     * r8, r9)} with interrupts enabled (the seventh argument on the stack, r10 moved to rcx where the
     * compiler's convention wants the fourth), and returns rax to the program with {@code sysretq}.
     * rbx and r12-r15 are kept by the Java code itself, as the convention requires of every callee.
     */
    private static void emitSyscallEntry(Assembler asm, Label unreturnable) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.SYSCALL_ENTRY);
        asm.movRipStore(64, BootSymbols.USER_RSP_SCRATCH, 0, Reg.RSP);
        asm.movRipLoad(64, Reg.RSP, BootSymbols.TSS, BootSymbols.TSS_RSP0);
        asm.push(Reg.RCX);
        asm.push(Reg.R11);
        asm.movRipLoad(64, Reg.R11, BootSymbols.USER_RSP_SCRATCH, 0);
        asm.push(Reg.R11);
        for (Reg r : SYSCALL_SAVED_REGISTERS) {
            asm.push(r);
        }
        // The program's xmm registers: the handler's Java code may compute with doubles.
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, FPU);
        asm.fxsave64(Mem.of(Reg.RSP, 0));
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, 8);
        asm.push(Reg.R9);
        asm.lea(Reg.RBP, Mem.of(Reg.RSP, SYSCALL_FRAME + FPU + RUN_FRAME_ABOVE_ENTRY_STACK));
        // Redox's argument registers to the compiler's, in an order that reads each before it is overwritten.
        asm.mov(64, Reg.R9, Reg.R8);
        asm.mov(64, Reg.R8, Reg.R10);
        asm.mov(64, Reg.RCX, Reg.RDX);
        asm.mov(64, Reg.RDX, Reg.RSI);
        asm.mov(64, Reg.RSI, Reg.RDI);
        asm.mov(64, Reg.RDI, Reg.RAX);
        asm.sti();
        asm.callSymbol(BootSymbols.SYSCALL_HANDLER);
        asm.cli();
        asm.mov(64, Reg.RCX, Mem.of(Reg.RSP, SYSCALL_FRAME + FPU - 8));
        asm.mov(64, Reg.RDI, Reg.RCX);
        checkUserAddress(asm, Reg.RDI, Reg.R11, unreturnable);
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 16);
        asm.fxrstor64(Mem.of(Reg.RSP, 0));
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, FPU);
        for (int i = SYSCALL_SAVED_REGISTERS.length - 1; i >= 0; i--) {
            asm.pop(SYSCALL_SAVED_REGISTERS[i]);
        }
        asm.mov(64, Reg.R11, Mem.of(Reg.RSP, 8));
        asm.mov(64, Reg.RSP, Mem.of(Reg.RSP, 0));
        asm.sysretq();
    }

    /**
     * Jumps to {@code unreturnable} unless {@code address} is a canonical address of the lower half.
     * Clobbers {@code scratch}.
     */
    static void checkUserAddress(Assembler asm, Reg address, Reg scratch, Label unreturnable) {
        asm.mov(64, scratch, address);
        asm.shiftImm(ShiftOp.SHR, 64, scratch, USER_ADDRESS_BITS);
        asm.jcc(Cond.NE, unreturnable);
    }

    /**
     * A return to ring 3 that cannot be made: {@code sysretq} or {@code iretq} to a return address
     * outside the lower canonical half would fault in ring 0. Entered with the address in rdi, rbp at
     * the run frame and a 16-byte aligned stack, from the syscall entry, the ring-3 fault path or the
     * interrupt entry; calls {@code X86UserMode.unreturnable}, which ends the run.
     */
    private static void emitUnreturnable(Assembler asm, Label unreturnable) {
        asm.align(16, 0xCC);
        asm.bind(unreturnable);
        asm.defineSymbol("moka.boot.user_unreturnable");
        asm.sti();
        asm.callSymbol(BootSymbols.UNRETURNABLE_HANDLER);
        asm.ud2();
    }

    /**
     * A CPU exception in ring 3: the CPU switched to the entry stack, so the trap frame lies right
     * below it. Saves every register, calls {@code X86UserMode.fault(vector, error code, cr2, rip)}
     * with interrupts enabled and, when it returns, resumes the program at the faulting instruction,
     * unless that lies outside the lower canonical half (a CPU that reports a jump to a non-canonical
     * address at the target, as QEMU does, leaves such a rip in the frame).
     */
    private static void emitUserFault(Assembler asm, Label userFault, Label unreturnable) {
        asm.align(16, 0xCC);
        asm.bind(userFault);
        asm.defineSymbol("moka.boot.user_fault");
        for (Reg r : InterruptEntry.SAVED) {
            asm.push(r);
        }
        asm.cld(); // the program may have left the direction flag set; the kernel's code needs it clear
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, FPU);
        asm.fxsave64(Mem.of(Reg.RSP, 0));
        asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, FPU + SAVED_REGISTERS));
        asm.mov(64, Reg.RSI, Mem.of(Reg.RSP, FPU + SAVED_REGISTERS + 8));
        asm.movFromCr(Reg.RDX, 2);
        asm.mov(64, Reg.RCX, Mem.of(Reg.RSP, FPU + SAVED_REGISTERS + 16));
        asm.lea(Reg.RBP, Mem.of(Reg.RSP, FPU + SAVED_REGISTERS + TRAP_FRAME + RUN_FRAME_ABOVE_ENTRY_STACK));
        asm.sti();
        asm.callSymbol(BootSymbols.USER_FAULT_HANDLER);
        asm.cli();
        asm.fxrstor64(Mem.of(Reg.RSP, 0));
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, FPU);
        asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, SAVED_REGISTERS + 16));
        checkUserAddress(asm, Reg.RDI, Reg.RAX, unreturnable);
        for (int i = InterruptEntry.SAVED.length - 1; i >= 0; i--) {
            asm.pop(InterruptEntry.SAVED[i]);
        }
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 16);
        asm.iretq();
    }

    /** {@code magic_enterUser(entry, userStack, arg0, arg1)}: see the class comment. */
    private static void emitEnterUser(Assembler asm) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.ENTER_USER);
        asm.push(Reg.RBP);
        asm.mov(64, Reg.RBP, Reg.RSP);
        for (Reg r : RUN_SAVED_REGISTERS) {
            asm.push(r);
        }
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, RUN_FLOAT_AREA);
        for (int i = 0; i < RUN_SAVED_FLOAT_REGISTERS.length; i++) {
            asm.movsd(Mem.of(Reg.RSP, 8 * i), RUN_SAVED_FLOAT_REGISTERS[i]);
        }
        asm.movRipStore(64, BootSymbols.TSS, BootSymbols.TSS_RSP0, Reg.RSP);
        asm.pushImm(USER_SS);
        asm.push(Reg.RSI);
        asm.pushImm(USER_START_FLAGS);
        asm.pushImm(USER_CS);
        asm.push(Reg.RDI);
        asm.mov(64, Reg.RDI, Reg.RDX);
        asm.mov(64, Reg.RSI, Reg.RCX);
        for (Reg r : ZEROED_AT_START) {
            asm.alu(AluOp.XOR, 32, r, r);
        }
        for (Xmm x : Xmm.values()) {
            asm.xorps(x, x);
        }
        asm.iretq();
    }

    /** {@code magic_leaveUser(value)}: back to the run frame of the entry stack in force, and out of {@code magic_enterUser}. */
    private static void emitLeaveUser(Assembler asm) {
        asm.align(16, 0xCC);
        asm.defineSymbol(BootSymbols.LEAVE_USER);
        asm.movRipLoad(64, Reg.RSP, BootSymbols.TSS, BootSymbols.TSS_RSP0);
        for (int i = 0; i < RUN_SAVED_FLOAT_REGISTERS.length; i++) {
            asm.movsd(RUN_SAVED_FLOAT_REGISTERS[i], Mem.of(Reg.RSP, 8 * i));
        }
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, RUN_FLOAT_AREA);
        for (int i = RUN_SAVED_REGISTERS.length - 1; i >= 0; i--) {
            asm.pop(RUN_SAVED_REGISTERS[i]);
        }
        asm.pop(Reg.RBP);
        asm.mov(64, Reg.RAX, Reg.RDI);
        asm.ret();
    }
}
