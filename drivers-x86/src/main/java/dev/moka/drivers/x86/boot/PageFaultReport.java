package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * Part of the exception panic: for a page fault (vector 14) it decodes the CPU's error code into
 * the kind of access, so the line reads for instance
 * {@code panic: cpu exception 14 rip=1234 cr2=400000000000 page fault: kernel write, protection violation}.
 *
 * <p>Error code bits: 0 the page was present (a protection violation) or not, 1 a write, 2 from
 * user mode, 3 a reserved bit was set in an entry, 4 an instruction fetch. Expects the exception
 * frame of {@link ExceptionVectors} at rsp ({@code [rsp]} vector, {@code [rsp+8]} error code) and
 * clobbers RAX, RBX, RDX, RSI; the panic never returns, so nothing needs to be kept.
 */
final class PageFaultReport {
    static final int PAGE_FAULT = 14;
    static final int PROTECTION = 1;
    static final int WRITE = 1 << 1;
    static final int USER = 1 << 2;
    static final int RESERVED_BIT = 1 << 3;
    static final int INSTRUCTION_FETCH = 1 << 4;

    private PageFaultReport() {
    }

    static void emit(Assembler asm, SerialConsole console) {
        Label done = asm.newLabel();
        Label heading = asm.newLabel();
        Label user = asm.newLabel();
        Label kernel = asm.newLabel();
        Label fetch = asm.newLabel();
        Label write = asm.newLabel();
        Label read = asm.newLabel();
        Label protection = asm.newLabel();
        Label notPresent = asm.newLabel();
        Label reserved = asm.newLabel();

        asm.mov(64, Reg.RAX, Mem.of(Reg.RSP, 0));
        asm.cmpImm(64, Reg.RAX, PAGE_FAULT);
        asm.jcc(Cond.NE, done);
        asm.mov(64, Reg.RBX, Mem.of(Reg.RSP, 8));
        print(asm, console, heading);
        choose(asm, console, USER, user, kernel);
        Label access = asm.newLabel();
        Label accessPrinted = asm.newLabel();
        asm.testImm(8, Reg.RBX, INSTRUCTION_FETCH);
        asm.jcc(Cond.E, access);
        print(asm, console, fetch);
        asm.jmp(accessPrinted);
        asm.bind(access);
        choose(asm, console, WRITE, write, read);
        asm.bind(accessPrinted);
        choose(asm, console, PROTECTION, protection, notPresent);
        asm.testImm(8, Reg.RBX, RESERVED_BIT);
        asm.jcc(Cond.E, done);
        print(asm, console, reserved);
        asm.jmp(done);

        SerialConsole.string(asm, heading, " page fault: ");
        SerialConsole.string(asm, user, "user ");
        SerialConsole.string(asm, kernel, "kernel ");
        SerialConsole.string(asm, fetch, "instruction fetch");
        SerialConsole.string(asm, write, "write");
        SerialConsole.string(asm, read, "read");
        SerialConsole.string(asm, protection, ", protection violation");
        SerialConsole.string(asm, notPresent, ", page not present");
        SerialConsole.string(asm, reserved, ", reserved bit set");
        asm.bind(done);
    }

    /** Prints {@code whenSet} if the error-code bit in BL is set, else {@code whenClear}. */
    private static void choose(Assembler asm, SerialConsole console, int bit, Label whenSet, Label whenClear) {
        Label clear = asm.newLabel();
        Label printed = asm.newLabel();
        asm.testImm(8, Reg.RBX, bit);
        asm.jcc(Cond.E, clear);
        print(asm, console, whenSet);
        asm.jmp(printed);
        asm.bind(clear);
        print(asm, console, whenClear);
        asm.bind(printed);
    }

    private static void print(Assembler asm, SerialConsole console, Label text) {
        asm.leaRip(Reg.RSI, text);
        asm.call(console.putString);
    }
}
