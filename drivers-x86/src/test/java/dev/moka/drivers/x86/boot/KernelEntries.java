package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import dev.moka.assembler.x86.Xmm;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Hand-written 64-bit kernel entries that stand in for the compiled Java kernel in boot tests. */
final class KernelEntries {
    static final String ENTRY = "test_kernel_entry";
    static final String FAULT = "test_kernel_fault";
    static final int MULTIBOOT_MAGIC = 0x2BADB002;

    private KernelEntries() {
    }

    /**
     * An assembler with {@link #ENTRY} defined, running {@code body}, plus stand-ins for the Java
     * methods the boot code calls (they trap: these kernels never enable interrupts or start threads).
     */
    static Assembler entry(Consumer<Assembler> body) {
        Assembler asm = new Assembler();
        asm.defineSymbol(ENTRY);
        body.accept(asm);
        for (String javaMethod : X86BootStub.javaEntryPoints()) {
            asm.defineSymbol(javaMethod);
            asm.ud2();
        }
        return asm;
    }

    /**
     * Checks the boot contract (rsi = Multiboot magic, rdi = non-zero info address below 4 GiB,
     * SSE usable, 16-byte stack alignment at the call), prints {@code text} and exits with success.
     */
    static void checkContractAndPrint(Assembler asm, String text) {
        Label badMagic = asm.newLabel();
        Label badInfo = asm.newLabel();
        Label badStack = asm.newLabel();
        Label badSse = asm.newLabel();
        asm.movImm(64, Reg.RAX, MULTIBOOT_MAGIC);
        asm.cmp(64, Reg.RSI, Reg.RAX);
        asm.jcc(Cond.NE, badMagic);
        asm.test(64, Reg.RDI, Reg.RDI);
        asm.jcc(Cond.E, badInfo);
        asm.mov(64, Reg.RAX, Reg.RDI);
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 32);
        asm.jcc(Cond.NE, badInfo);
        // At entry rsp + 8 is 16-byte aligned (System V).
        asm.lea(Reg.RAX, Mem.of(Reg.RSP, 8));
        asm.testImm(32, Reg.RAX, 15);
        asm.jcc(Cond.NE, badStack);
        // SSE works only if the stub set CR4.OSFXSR and cleared CR0.EM: 1.5 + 1.5 == 3.
        asm.movImm(64, Reg.RAX, Double.doubleToRawLongBits(1.5));
        asm.movqToXmm(Xmm.XMM1, Reg.RAX);
        asm.addsd(Xmm.XMM1, Xmm.XMM1);
        asm.cvttsd2si(32, Reg.RAX, Xmm.XMM1);
        asm.aluImm(AluOp.CMP, 32, Reg.RAX, 3);
        asm.jcc(Cond.NE, badSse);
        print(asm, text);
        exit(asm, X86BootStub.EXIT_SUCCESS_VALUE);
        failWith(asm, badMagic, "boot contract violated: rsi is not the Multiboot magic\n");
        failWith(asm, badInfo, "boot contract violated: rdi is not a boot info address\n");
        failWith(asm, badStack, "boot contract violated: stack misaligned\n");
        failWith(asm, badSse, "boot contract violated: SSE arithmetic is wrong\n");
    }

    private static void failWith(Assembler asm, Label label, String message) {
        asm.bind(label);
        print(asm, message);
        exit(asm, X86BootStub.EXIT_FAILURE_VALUE);
    }

    /** Prints {@code text} on COM1 with polled output, one character at a time. */
    static void print(Assembler asm, String text) {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            Label wait = asm.newLabel();
            asm.movImm(32, Reg.RDX, 0x3FD);
            asm.bind(wait);
            asm.inDx(8);
            asm.testImm(8, Reg.RAX, 0x20);
            asm.jcc(Cond.E, wait);
            asm.movImm(32, Reg.RDX, 0x3F8);
            asm.movImm(32, Reg.RAX, b);
            asm.outDx(8);
        }
    }

    static void exit(Assembler asm, int value) {
        asm.movImm(32, Reg.RAX, value);
        asm.outImm(32, X86BootStub.DEBUG_EXIT_PORT);
        Label halt = asm.newLabel();
        asm.bind(halt);
        asm.hlt();
        asm.jmp(halt);
    }
}
