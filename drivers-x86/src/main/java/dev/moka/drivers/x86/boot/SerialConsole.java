package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import java.nio.charset.StandardCharsets;

/**
 * 64-bit COM1 output routines for messages printed before (or instead of) the kernel: polled, no
 * interrupts, no initialisation beyond what firmware or QEMU left. Each routine is called with
 * {@code call}, needs a valid stack and clobbers only the registers listed.
 */
final class SerialConsole {
    static final int COM1 = 0x3F8;
    static final int LINE_STATUS = COM1 + 5;
    static final int TRANSMIT_EMPTY = 1 << 5;

    /** Writes AL. Clobbers RDX. */
    final Label putChar;
    /** Writes the NUL-terminated string at RSI. Clobbers RAX, RDX, RSI. */
    final Label putString;
    /** Writes RAX as an unsigned decimal number. Clobbers RAX, RCX, RDX, RSI. */
    final Label putDecimal;
    /** Writes RAX in lower-case hexadecimal without leading zeros. Clobbers RAX, RCX, RDX. */
    final Label putHex;

    /** Creates the routine labels; {@link #emitRoutines(Assembler)} binds them. */
    SerialConsole(Assembler asm) {
        putChar = asm.newLabel();
        putString = asm.newLabel();
        putDecimal = asm.newLabel();
        putHex = asm.newLabel();
    }

    /** Emits the routines at the current position of a LONG64 assembler. */
    void emitRoutines(Assembler asm) {
        emitPutChar(asm);
        emitPutString(asm);
        emitPutDecimal(asm);
        emitPutHex(asm);
    }

    /** Binds {@code label} to a NUL-terminated ASCII copy of {@code text}. */
    static void string(Assembler asm, Label label, String text) {
        asm.bind(label);
        asm.emitBytes(text.getBytes(StandardCharsets.US_ASCII));
        asm.emit8(0);
    }

    private void emitPutChar(Assembler asm) {
        asm.bind(putChar);
        asm.push(Reg.RAX);
        asm.movImm(32, Reg.RDX, LINE_STATUS);
        Label wait = asm.newLabel();
        asm.bind(wait);
        asm.inDx(8);
        asm.testImm(8, Reg.RAX, TRANSMIT_EMPTY);
        asm.jcc(Cond.E, wait);
        asm.pop(Reg.RAX);
        asm.movImm(32, Reg.RDX, COM1);
        asm.outDx(8);
        asm.ret();
    }

    private void emitPutString(Assembler asm) {
        Label done = asm.newLabel();
        asm.bind(putString);
        asm.movzx(32, Reg.RAX, 8, Mem.of(Reg.RSI, 0));
        asm.test(8, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.E, done);
        asm.call(putChar);
        asm.aluImm(AluOp.ADD, 64, Reg.RSI, 1);
        asm.jmp(putString);
        asm.bind(done);
        asm.ret();
    }

    private void emitPutDecimal(Assembler asm) {
        // Digits are produced least significant first into a buffer on the stack, then printed.
        asm.bind(putDecimal);
        asm.push(Reg.RBX);
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, 32);
        asm.lea(Reg.RBX, Mem.of(Reg.RSP, 31));
        asm.movImm(8, Mem.of(Reg.RBX, 0), 0);
        asm.movImm(32, Reg.RCX, 10);
        Label next = asm.newLabel();
        asm.bind(next);
        asm.aluImm(AluOp.SUB, 64, Reg.RBX, 1);
        asm.movImm(32, Reg.RDX, 0);
        asm.div(64, Reg.RCX);
        asm.aluImm(AluOp.ADD, 8, Reg.RDX, '0');
        asm.mov(8, Mem.of(Reg.RBX, 0), Reg.RDX);
        asm.test(64, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.NE, next);
        asm.mov(64, Reg.RSI, Reg.RBX);
        asm.call(putString);
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 32);
        asm.pop(Reg.RBX);
        asm.ret();
    }

    private void emitPutHex(Assembler asm) {
        asm.bind(putHex);
        asm.push(Reg.RBX);
        asm.mov(64, Reg.RBX, Reg.RAX);
        asm.movImm(32, Reg.RCX, 60);
        Label skip = asm.newLabel();
        Label digit = asm.newLabel();
        Label decimalDigit = asm.newLabel();
        // Skip leading zero nibbles, but always print the last one.
        asm.bind(skip);
        asm.test(32, Reg.RCX, Reg.RCX);
        asm.jcc(Cond.E, digit);
        nibble(asm);
        asm.jcc(Cond.NE, digit);
        asm.aluImm(AluOp.SUB, 32, Reg.RCX, 4);
        asm.jmp(skip);
        asm.bind(digit);
        nibble(asm);
        asm.aluImm(AluOp.CMP, 32, Reg.RAX, 10);
        asm.jcc(Cond.B, decimalDigit);
        asm.aluImm(AluOp.ADD, 32, Reg.RAX, 'a' - 10 - '0');
        asm.bind(decimalDigit);
        asm.aluImm(AluOp.ADD, 32, Reg.RAX, '0');
        asm.call(putChar);
        asm.aluImm(AluOp.SUB, 32, Reg.RCX, 4);
        asm.jcc(Cond.NS, digit);
        asm.pop(Reg.RBX);
        asm.ret();
    }

    /** EAX = (RBX >> CL) & 15, flags set from the result. */
    private static void nibble(Assembler asm) {
        asm.mov(64, Reg.RAX, Reg.RBX);
        asm.shiftCl(ShiftOp.SHR, 64, Reg.RAX);
        asm.aluImm(AluOp.AND, 32, Reg.RAX, 15);
    }
}
