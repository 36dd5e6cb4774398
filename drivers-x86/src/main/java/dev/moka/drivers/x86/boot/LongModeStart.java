package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Seg;
import dev.moka.assembler.x86.ShiftOp;

/**
 * The 64-bit part of the boot stub: reached by the far jump from {@link ProtectedModeEntry}, it
 * loads the data segments, switches to the boot stack, installs the exception IDT and calls the
 * kernel entry with {@code rdi} = boot information address and {@code rsi} = loader magic
 * (0x2BADB002 for Multiboot v1, 0x36D76289 for Multiboot2), both zero-extended. If the kernel
 * entry returns, it panics.
 *
 * <p>Also holds the GDT that the 32-bit code loads: null, kernel 64-bit code 0x08 and data 0x10,
 * user data 0x18 and 64-bit code 0x20 (in the order {@code sysret} needs, see {@link UserModeEntry}),
 * and the 64-bit TSS at 0x28. It sets up the {@code syscall} MSRs before the kernel entry runs.
 */
final class LongModeStart {
    private static final long GDT_CODE64 = 0x00AF9A000000FFFFL; // present, ring 0, execute/read, L=1
    private static final long GDT_DATA = 0x00CF92000000FFFFL;   // present, ring 0, read/write, 4 GiB
    private static final long GDT_USER_DATA = 0x00CFF2000000FFFFL;   // present, ring 3, read/write
    private static final long GDT_USER_CODE64 = 0x00AFFA000000FFFFL; // present, ring 3, execute/read, L=1
    private static final int INTERRUPT_GATE = 0x8E00;           // present, DPL 0, 64-bit interrupt gate
    /**
     * Available 64-bit TSS, present, its limit covering the I/O bitmap; base 0 until
     * {@link #loadTaskRegister} writes it.
     */
    private static final long TSS_DESCRIPTOR_LOW = 0x0000890000000000L | (BootSymbols.TSS_BLOCK_SIZE - 1);
    private static final int TSS_IO_MAP_BASE = 102;

    private LongModeStart() {
    }

    /** Emits the 64-bit code and data into a LONG64 assembler. */
    static void emit(Assembler asm, String javaEntrySymbol, int exitFailureValue) {
        SerialConsole console = new SerialConsole(asm);
        ExceptionVectors vectors = new ExceptionVectors(asm);
        Label fail = asm.newLabel();
        Label idtPointer = asm.newLabel();
        Label returnedText = asm.newLabel();
        Label exceptionText = asm.newLabel();
        Label ripText = asm.newLabel();
        Label cr2Text = asm.newLabel();
        Label newline = asm.newLabel();

        asm.defineSymbol(BootSymbols.LONG_ENTRY);
        asm.movImm(32, Reg.RAX, BootSymbols.DATA_SELECTOR);
        asm.movToSeg(Seg.DS, Reg.RAX);
        asm.movToSeg(Seg.ES, Reg.RAX);
        asm.movToSeg(Seg.SS, Reg.RAX);
        asm.movImm(32, Reg.RAX, 0);
        asm.movToSeg(Seg.FS, Reg.RAX);
        asm.movToSeg(Seg.GS, Reg.RAX);
        asm.leaRip(Reg.RSP, BootSymbols.STACK, BootSymbols.STACK_SIZE);

        fillIdt(asm, vectors.stubs);
        asm.leaRip(Reg.RAX, idtPointer);
        asm.lidt(Mem.of(Reg.RAX, 0));
        loadTaskRegister(asm);
        UserModeEntry.emitSetup(asm);

        // Upper register halves are undefined after the mode switch: zero-extend explicitly.
        asm.mov(32, Reg.RDI, Reg.RBP);
        asm.mov(32, Reg.RSI, Reg.RSI);
        asm.movImm(32, Reg.RBP, 0); // terminates frame-pointer stack walks
        asm.callSymbol(javaEntrySymbol);

        asm.defineSymbol(BootSymbols.PANIC + ".returned");
        asm.leaRip(Reg.RSI, returnedText);
        asm.call(console.putString);

        asm.bind(fail);
        asm.defineSymbol(BootSymbols.PANIC);
        asm.movImm(32, Reg.RAX, exitFailureValue);
        asm.outImm(32, X86BootStub.DEBUG_EXIT_PORT);
        Label halt = asm.newLabel();
        asm.bind(halt);
        asm.cli();
        asm.hlt();
        asm.jmp(halt);

        console.emitRoutines(asm);
        vectors.emit(asm, console, fail, exceptionText, ripText, cr2Text, newline);
        InterruptEntry.emit(asm, vectors.interruptCommon, vectors.userUnreturnable);
        ThreadRoutines.emit(asm, fail);
        UserModeEntry.emit(asm, vectors.userFault, vectors.userUnreturnable);
        PagingRoutines.emit(asm);

        SerialConsole.string(asm, returnedText, "panic: kernel entry returned\n");
        SerialConsole.string(asm, exceptionText, "panic: cpu exception ");
        SerialConsole.string(asm, ripText, " rip=");
        SerialConsole.string(asm, cr2Text, " cr2=");
        SerialConsole.string(asm, newline, "\n");
        emitDescriptorTables(asm, idtPointer);
    }

    private static void emitDescriptorTables(Assembler asm, Label idtPointer) {
        asm.align(8, 0);
        asm.defineSymbol(BootSymbols.GDT);
        asm.emit64(0);
        asm.emit64(GDT_CODE64);
        asm.emit64(GDT_DATA);
        asm.emit64(GDT_USER_DATA);
        asm.emit64(GDT_USER_CODE64);
        asm.emit64(TSS_DESCRIPTOR_LOW); // base filled in at boot by loadTaskRegister
        asm.emit64(0);
        // Pseudo-descriptors: 16-bit limit then base; padded so the base is naturally aligned.
        asm.emit16(0);
        asm.emit16(0);
        asm.emit16(0);
        asm.defineSymbol(BootSymbols.GDT_POINTER); // 32-bit base: loaded in protected mode
        asm.emit16(BootSymbols.GDT_ENTRIES * 8 - 1);
        asm.emitAbs32(BootSymbols.GDT, 0);
        asm.align(8, 0);
        asm.emit16(0);
        asm.emit16(0);
        asm.emit16(0);
        asm.bind(idtPointer);
        asm.emit16(BootSymbols.IDT_VECTORS * BootSymbols.IDT_ENTRY_SIZE - 1);
        asm.emitAbs64(BootSymbols.IDT, 0);
    }

    /**
     * Writes the TSS's address into its GDT descriptor and loads the task register. The TSS stays
     * zero but for the I/O map base (beyond the limit: no I/O bitmap, ring 3 may use no port until
     * a driver is given some) and IST 1, the top of the
     * double-fault stack. RSP0, the stack of entries from ring 3, is set by each user run (see
     * {@link UserModeEntry}); ring 0 takes interrupts on the interrupted code's stack but for the
     * double fault.
     * Uses RAX and RDX only.
     */
    private static void loadTaskRegister(Assembler asm) {
        asm.leaRip(Reg.RAX, BootSymbols.TSS, 0);
        // Past the limit: no bitmap yet, so ring 3 may use no port (the bss bitmap is zero, which
        // would allow every port); X86IoPorts fills it with ones before it points the base at it.
        asm.movImm(16, Mem.of(Reg.RAX, TSS_IO_MAP_BASE), BootSymbols.TSS_BLOCK_SIZE);
        asm.leaRip(Reg.RDX, BootSymbols.DOUBLE_FAULT_STACK, BootSymbols.DOUBLE_FAULT_STACK_SIZE);
        asm.mov(64, Mem.of(Reg.RAX, BootSymbols.TSS_IST1), Reg.RDX);
        asm.leaRip(Reg.RDX, BootSymbols.GDT, BootSymbols.TSS_SELECTOR);
        asm.mov(16, Mem.of(Reg.RDX, 2), Reg.RAX);   // base 0..15
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 16);
        asm.mov(8, Mem.of(Reg.RDX, 4), Reg.RAX);    // base 16..23
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 8);
        asm.mov(8, Mem.of(Reg.RDX, 7), Reg.RAX);    // base 24..31
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 8);
        asm.mov(32, Mem.of(Reg.RDX, 8), Reg.RAX);   // base 32..63
        asm.movImm(32, Reg.RAX, BootSymbols.TSS_SELECTOR);
        asm.ltr(Reg.RAX);
    }

    /**
     * Fills the IDT gates; stub {@code v} is at {@code stubs + v * STUB_SIZE}. Uses only
     * RAX, RCX, R8 and R9: RBP and RSI still hold the loader's values.
     */
    private static void fillIdt(Assembler asm, Label stubs) {
        asm.leaRip(Reg.R9, BootSymbols.IDT, 0);
        asm.leaRip(Reg.R8, stubs);
        asm.movImm(32, Reg.RCX, BootSymbols.IDT_VECTORS);
        Label next = asm.newLabel();
        asm.bind(next);
        asm.mov(64, Reg.RAX, Reg.R8);
        asm.mov(16, Mem.of(Reg.R9, 0), Reg.RAX);                // offset 0..15
        asm.movImm(16, Mem.of(Reg.R9, 2), BootSymbols.CODE_SELECTOR);
        asm.movImm(16, Mem.of(Reg.R9, 4), INTERRUPT_GATE);      // IST 0, type and present bit
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 16);
        asm.mov(16, Mem.of(Reg.R9, 6), Reg.RAX);                // offset 16..31
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 16);
        asm.mov(32, Mem.of(Reg.R9, 8), Reg.RAX);                // offset 32..63
        asm.movImm(32, Mem.of(Reg.R9, 12), 0);
        asm.aluImm(AluOp.ADD, 64, Reg.R8, ExceptionVectors.STUB_SIZE);
        asm.aluImm(AluOp.ADD, 64, Reg.R9, BootSymbols.IDT_ENTRY_SIZE);
        asm.aluImm(AluOp.SUB, 32, Reg.RCX, 1);
        asm.jcc(Cond.NE, next);
        // The double fault runs on a stack of its own (IST 1): it is how a thread that ran off its
        // stack ends up, with no stack left to take the fault on.
        asm.leaRip(Reg.R9, BootSymbols.IDT, BootSymbols.DOUBLE_FAULT * BootSymbols.IDT_ENTRY_SIZE);
        asm.movImm(16, Mem.of(Reg.R9, 4), INTERRUPT_GATE | BootSymbols.DOUBLE_FAULT_IST);
    }
}
