package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Reg;
import dev.moka.drivers.x86.boot.X86BootStub;
import java.nio.charset.StandardCharsets;

/**
 * How 16-bit boot code gives up: one line on COM1 and on the screen (BIOS teletype), then the
 * kernel's failure value on QEMU's debug-exit port, then a halt. A failure site is a {@code call}
 * followed by its message, so the routine finds the text at its return address and no code needs
 * to know where it was loaded.
 */
final class BootFailure {
    /** Every message starts with this. */
    static final String PREFIX = "boot loader: ";
    private static final int COM1 = 0x3F8;
    private static final int LINE_STATUS = COM1 + 5;
    private static final int TRANSMIT_EMPTY = 1 << 5;
    private static final int BIOS_VIDEO = 0x10;
    private static final int TELETYPE = 0x0E00;

    private final Label routine;

    /** @param asm the REAL16 assembler the routine and its callers go into */
    BootFailure(Assembler asm) {
        this.routine = asm.newLabel();
    }

    /** Emits a failure site: never returns. */
    void fail(Assembler asm, String message) {
        asm.call(routine);
        asm.emitBytes((PREFIX + message + "\n").getBytes(StandardCharsets.US_ASCII));
        asm.emit8(0);
    }

    /** Emits the routine (DS must be 0, as everywhere in the boot code's real mode). */
    void emitRoutine(Assembler asm) {
        Label next = asm.newLabel();
        Label wait = asm.newLabel();
        Label stop = asm.newLabel();
        Label halt = asm.newLabel();
        asm.bind(routine);
        asm.pop(Reg.RSI);
        asm.bind(next);
        asm.lods(8);
        asm.test(8, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.E, stop);
        asm.mov(8, Reg.RCX, Reg.RAX);
        asm.movImm(16, Reg.RDX, LINE_STATUS);
        asm.bind(wait);
        asm.inDx(8);
        asm.testImm(8, Reg.RAX, TRANSMIT_EMPTY);
        asm.jcc(Cond.E, wait);
        asm.mov(8, Reg.RAX, Reg.RCX);
        asm.movImm(16, Reg.RDX, COM1);
        asm.outDx(8);
        asm.movImm(16, Reg.RAX, TELETYPE);
        asm.alu(AluOp.OR, 8, Reg.RAX, Reg.RCX);
        asm.movImm(16, Reg.RBX, 0x0007); // page 0, light grey
        asm.push(Reg.RSI);
        asm.intImm(BIOS_VIDEO);
        asm.pop(Reg.RSI);
        asm.jmp(next);
        asm.bind(stop);
        asm.movImm(8, Reg.RAX, X86BootStub.EXIT_FAILURE_VALUE);
        asm.outImm(8, X86BootStub.DEBUG_EXIT_PORT);
        asm.cli();
        asm.bind(halt);
        asm.hlt();
        asm.jmp(halt);
    }
}
