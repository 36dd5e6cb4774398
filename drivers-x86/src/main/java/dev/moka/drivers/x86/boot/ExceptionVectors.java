package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * Stubs for all IDT vectors: the 32 CPU exceptions, whose handler panics, and the 16 PIC lines,
 * which go to {@link InterruptEntry}. Exception handlers: Each
 * prints {@code panic: cpu exception <vector> rip=<hex> cr2=<hex>} on COM1 (for a page
 * fault followed by the access, see {@link PageFaultReport}) and stops the machine
 * with the failure exit value.
 *
 * <p>Every vector has a 16-byte stub so the IDT can be filled by a loop. The CPU pushes an error
 * code only for some vectors; the other stubs push a zero so the common handler always sees
 * {@code [rsp] = vector, [rsp+8] = error code, [rsp+16] = faulting RIP}.
 */
final class ExceptionVectors {
    static final int STUB_SIZE = 16;
    /** Vectors for which the CPU pushes an error code (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX). */
    private static final int ERROR_CODE_VECTORS = 1 << 8 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13 | 1 << 14
            | 1 << 17 | 1 << 21 | 1 << 29 | 1 << 30;

    /** The first stub; stub {@code v} is at {@code stubs + v * STUB_SIZE}. */
    final Label stubs;

    /** Where the stubs of the PIC vectors (32..47) go; bound by {@link InterruptEntry}. */
    final Label interruptCommon;

    /** Creates the stub labels; {@link #emit} binds the stubs. */
    ExceptionVectors(Assembler asm) {
        this.stubs = asm.newLabel();
        this.interruptCommon = asm.newLabel();
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
}
