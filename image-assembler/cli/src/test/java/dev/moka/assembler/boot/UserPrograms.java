package dev.moka.assembler.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The user programs of {@link UserModeJob}, written with Moka's encoder: the job carries them as
 * hex text (it runs in the kernel, where the encoder is not), and {@code UserModeBootTest} checks
 * that the two agree byte for byte. Addresses and call numbers are the job's.
 */
final class UserPrograms {
    private UserPrograms() {
    }

    /** @return every program by its name in {@link UserModeJob}, in the job's order */
    static Map<String, byte[]> all() {
        Map<String, byte[]> programs = new LinkedHashMap<>();
        programs.put("CALLS", assemble(UserPrograms::calls));
        programs.put("UD2", assemble(Assembler::ud2));
        programs.put("NULL_READ", assemble(asm -> {
            asm.alu(AluOp.XOR, 32, Reg.RBX, Reg.RBX);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RBX, 0));
        }));
        programs.put("KERNEL_READ", assemble(asm -> {
            asm.movImm(32, Reg.RBX, UserModeJob.KERNEL_ADDRESS);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RBX, 0));
        }));
        programs.put("CODE_WRITE", assemble(asm -> {
            asm.movImm(64, Reg.RBX, UserModeJob.CODE);
            asm.mov(32, Mem.of(Reg.RBX, 0), Reg.RAX);
        }));
        programs.put("HLT", assemble(Assembler::hlt));
        programs.put("CLI", assemble(Assembler::cli));
        programs.put("OUT", assemble(asm -> asm.outImm(8, 0x80)));
        programs.put("INT", assemble(asm -> asm.intImm(0x20)));
        programs.put("JUMP", assemble(asm -> {
            asm.movImm(64, Reg.RAX, UserModeJob.NON_CANONICAL);
            asm.jmp(Reg.RAX);
        }));
        programs.put("LAZY", assemble(asm -> {
            asm.movImm(64, Reg.RBX, UserModeJob.LAZY);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RBX, 0));
            exit(asm, Reg.RAX);
        }));
        programs.put("SPIN", assemble(UserPrograms::spin));
        programs.put("PID_LOOP", assemble(UserPrograms::pidLoop));
        programs.put("MEASURE", assemble(UserPrograms::measure));
        return programs;
    }

    private static byte[] assemble(Consumer<Assembler> program) {
        Assembler asm = new Assembler();
        program.accept(asm);
        return asm.toByteArray();
    }

    /** {@code exit(status)}: rdi = status, rax = EXIT, syscall. */
    private static void exit(Assembler asm, Reg status) {
        asm.mov(64, Reg.RDI, status);
        asm.movImm(32, Reg.RAX, UserModeJob.EXIT);
        asm.syscall();
        asm.ud2();
    }

    /**
     * GETPID, then REPORT with the pid and 2..6 in the six argument registers and 7 in rbp; checks
     * that REPORT returned their sum and that every register but rax, rcx and r11 came back as it
     * was (rsp and a callee-saved marker in r13 included); exits with 7, or 99 when a check failed.
     */
    private static void calls(Assembler asm) {
        Label bad = asm.newLabel();
        asm.movImm(32, Reg.RAX, UserModeJob.GETPID);
        asm.syscall();
        asm.mov(64, Reg.RBX, Reg.RAX);
        asm.mov(64, Reg.R12, Reg.RSP);
        asm.movImm(64, Reg.R13, UserModeJob.MARKER);
        asm.mov(64, Reg.RDI, Reg.RBX);
        asm.movImm(32, Reg.RSI, 2);
        asm.movImm(32, Reg.RDX, 3);
        asm.movImm(32, Reg.R10, 4);
        asm.movImm(32, Reg.R8, 5);
        asm.movImm(32, Reg.R9, 6);
        asm.movImm(32, Reg.RBP, 7);
        asm.movImm(32, Reg.RAX, UserModeJob.REPORT);
        asm.syscall();
        asm.lea(Reg.R14, Mem.of(Reg.RBX, 2 + 3 + 4 + 5 + 6));
        asm.alu(AluOp.CMP, 64, Reg.RAX, Reg.R14);
        asm.jcc(Cond.NE, bad);
        asm.alu(AluOp.CMP, 64, Reg.RDI, Reg.RBX);
        asm.jcc(Cond.NE, bad);
        Reg[] kept = {Reg.RSI, Reg.RDX, Reg.R10, Reg.R8, Reg.R9, Reg.RBP};
        for (int i = 0; i < kept.length; i++) {
            asm.aluImm(AluOp.CMP, 64, kept[i], 2 + i);
            asm.jcc(Cond.NE, bad);
        }
        asm.alu(AluOp.CMP, 64, Reg.RSP, Reg.R12);
        asm.jcc(Cond.NE, bad);
        asm.movImm(64, Reg.R14, UserModeJob.MARKER);
        asm.alu(AluOp.CMP, 64, Reg.R13, Reg.R14);
        asm.jcc(Cond.NE, bad);
        asm.movImm(32, Reg.RBX, UserModeJob.CALLS_STATUS);
        exit(asm, Reg.RBX);
        asm.bind(bad);
        asm.movImm(32, Reg.RBX, UserModeJob.CALLS_BROKEN);
        exit(asm, Reg.RBX);
    }

    /**
     * Counts in rbx until the word at DATA becomes non-zero (the kernel's writer thread sets it), then
     * exits with the count; gives up with -1 after {@link UserModeJob#SPIN_LIMIT} rounds. Its rbp holds
     * a non-canonical value all along: a kernel frame walk that followed it would fault.
     */
    private static void spin(Assembler asm) {
        Label loop = asm.newLabel();
        Label seen = asm.newLabel();
        asm.alu(AluOp.XOR, 32, Reg.RBX, Reg.RBX);
        asm.movImm(64, Reg.RBP, UserModeJob.MARKER);
        asm.movImm(64, Reg.RSI, UserModeJob.DATA);
        asm.bind(loop);
        asm.aluImm(AluOp.ADD, 64, Reg.RBX, 1);
        asm.mov(32, Reg.RAX, Mem.of(Reg.RSI, 0));
        asm.test(32, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.NE, seen);
        asm.aluImm(AluOp.CMP, 64, Reg.RBX, UserModeJob.SPIN_LIMIT);
        asm.jcc(Cond.B, loop);
        asm.movImm(64, Reg.RBX, -1);
        asm.bind(seen);
        exit(asm, Reg.RBX);
    }

    /**
     * Asks GETPID {@link UserModeJob#PID_LOOPS} times more and checks each answer against the first;
     * exits with the pid, or with -2 at the first answer that differs.
     */
    private static void pidLoop(Assembler asm) {
        Label loop = asm.newLabel();
        Label bad = asm.newLabel();
        asm.movImm(32, Reg.RAX, UserModeJob.GETPID);
        asm.syscall();
        asm.mov(64, Reg.R12, Reg.RAX);
        asm.movImm(32, Reg.R13, UserModeJob.PID_LOOPS);
        asm.bind(loop);
        asm.movImm(32, Reg.RAX, UserModeJob.GETPID);
        asm.syscall();
        asm.alu(AluOp.CMP, 64, Reg.RAX, Reg.R12);
        asm.jcc(Cond.NE, bad);
        asm.aluImm(AluOp.SUB, 64, Reg.R13, 1);
        asm.jcc(Cond.NE, loop);
        exit(asm, Reg.R12);
        asm.bind(bad);
        asm.movImm(64, Reg.RBX, -2);
        exit(asm, Reg.RBX);
    }

    /**
     * {@link UserModeJob#ROUNDS} rounds of three time-stamp differences, keeping the least of each:
     * around GETPPID's syscall, around nothing, around {@link UserModeJob#NOPS} nops; each sequence
     * loads rax with the call number as the first does, so the three differ only by what is measured.
     * Reports the three minimums with REPORT and exits with 0.
     */
    private static void measure(Assembler asm) {
        Label round = asm.newLabel();
        asm.movImm(32, Reg.R14, UserModeJob.ROUNDS);
        asm.movImm(64, Reg.R12, -1);
        asm.movImm(64, Reg.R13, -1);
        asm.movImm(64, Reg.R15, -1);
        asm.bind(round);
        timed(asm, Reg.R12, a -> a.syscall());
        timed(asm, Reg.R13, a -> { });
        timed(asm, Reg.R15, a -> {
            for (int i = 0; i < UserModeJob.NOPS; i++) {
                a.nop();
            }
        });
        asm.aluImm(AluOp.SUB, 64, Reg.R14, 1);
        asm.jcc(Cond.NE, round);
        asm.mov(64, Reg.RDI, Reg.R12);
        asm.mov(64, Reg.RSI, Reg.R13);
        asm.mov(64, Reg.RDX, Reg.R15);
        asm.movImm(32, Reg.RAX, UserModeJob.REPORT);
        asm.syscall();
        asm.alu(AluOp.XOR, 32, Reg.RBX, Reg.RBX);
        exit(asm, Reg.RBX);
    }

    /** best = min(best, tsc after - tsc before) around {@code mov eax, GETPPID} and {@code body}. */
    private static void timed(Assembler asm, Reg best, Consumer<Assembler> body) {
        timeStamp(asm);
        asm.mov(64, Reg.RBX, Reg.RAX);
        asm.movImm(32, Reg.RAX, UserModeJob.GETPPID);
        body.accept(asm);
        timeStamp(asm);
        asm.alu(AluOp.SUB, 64, Reg.RAX, Reg.RBX);
        asm.alu(AluOp.CMP, 64, Reg.RAX, best);
        asm.cmov(Cond.B, 64, best, Reg.RAX);
    }

    /** rax = the time-stamp counter; clobbers rdx. */
    private static void timeStamp(Assembler asm) {
        asm.rdtsc();
        asm.shiftImm(ShiftOp.SHL, 64, Reg.RDX, 32);
        asm.alu(AluOp.OR, 64, Reg.RAX, Reg.RDX);
    }
}
