package dev.moka.assembler.x86;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Operands the hardware cannot encode are rejected with a message naming the instruction. */
class OperandErrorTest {
    private final Assembler long64 = new Assembler();
    private final Assembler prot32 = new Assembler(Assembler.Mode.PROTECTED32);
    private final Assembler real16 = new Assembler(Assembler.Mode.REAL16);

    private static void rejects(String expectedText, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedText), "message '" + e.getMessage() + "' lacks '" + expectedText + "'");
    }

    @Test
    void invalidMemoryOperands() {
        rejects("RSP cannot be an index", () -> Mem.of(Reg.RAX, Reg.RSP, 1, 0));
        rejects("scale must be 1, 2, 4 or 8", () -> Mem.of(Reg.RAX, Reg.RBX, 3, 0));
        rejects("needs a base", () -> Mem.of(null, 0));
    }

    @Test
    void protectedModeRejectsLongModeOperands() {
        rejects("mov 64, RAX, RBX: 64-bit operands", () -> prot32.mov(64, Reg.RAX, Reg.RBX));
        rejects("R9 needs a REX prefix", () -> prot32.mov(32, Reg.R9, Reg.RBX));
        rejects("R8-R15", () -> prot32.mov(32, Reg.RAX, Mem.of(Reg.R12, 0)));
        rejects("SPL/BPL/SIL/DIL", () -> prot32.setcc(Cond.E, Reg.RSI));
        rejects("only available in LONG64", () -> prot32.leaRip(Reg.RAX, "x", 0));
        rejects("only available in LONG64", prot32::iretq);
        rejects("XMM9 needs a REX prefix", () -> prot32.addsd(Xmm.XMM9, Xmm.XMM0));
        rejects("CR8", () -> prot32.movToCr(8, Reg.RAX));
    }

    @Test
    void badWidthsAndImmediates() {
        rejects("imul 8, RAX, RBX: operand size 8", () -> long64.imul(8, Reg.RAX, Reg.RBX));
        rejects("operand size 12", () -> long64.mov(12, Reg.RAX, Reg.RBX));
        rejects("does not fit in 8 bits", () -> long64.movImm(8, Reg.RAX, 256));
        rejects("does not fit in 16 bits", () -> long64.aluImm(AluOp.ADD, 16, Reg.RAX, 70000));
        rejects("does not fit in 32 bits", () -> long64.movImm(32, Reg.RAX, 1L << 32));
        rejects("shift count", () -> long64.shiftImm(ShiftOp.SHL, 32, Reg.RAX, 256));
        rejects("cannot extend 32 to 32", () -> long64.movsx(32, Reg.RAX, 32, Reg.RBX));
        rejects("cannot extend 32 to 64", () -> long64.movzx(64, Reg.RAX, 32, Reg.RBX));
        rejects("port must be 0-255", () -> long64.outImm(8, 0x3F8));
        rejects("direct far jumps", () -> long64.farJump(8, long64.newLabel()));
        rejects("CS cannot be loaded", () -> long64.movToSeg(Seg.CS, Reg.RAX));
        rejects("power of two", () -> long64.align(3, 0));
    }

    @Test
    void realModeRejectsWhatSixteenBitCodeCannotEncode() {
        rejects("16-bit addressing", () -> real16.mov(16, Reg.RAX, Mem.of(Reg.RAX, 0)));
        rejects("16-bit addressing", () -> real16.mov(16, Reg.RAX, Mem.of(Reg.RSI, Reg.RDI, 1, 0)));
        rejects("16-bit addressing", () -> real16.mov(16, Reg.RAX, Mem.of(Reg.RBX, Reg.RSI, 2, 0)));
        rejects("does not fit in 16 bits", () -> real16.mov(16, Reg.RAX, Mem.of(Reg.RBX, 0x10000)));
        rejects("64-bit operands are not available in REAL16", () -> real16.mov(64, Reg.RAX, Reg.RBX));
        rejects("R8 needs a REX prefix", () -> real16.push(Reg.R8));
        rejects("SSE instructions are not offered in REAL16", () -> real16.addsd(Xmm.XMM0, Xmm.XMM1));
        rejects("16-bit PC-relative relocation", () -> real16.callSymbol("x"));
        rejects("does not fit in 16 bits", () -> real16.pushImm(70000));
        rejects("offset does not fit in 16 bits", () -> real16.farJumpAbsolute(0, 0x10000));
        rejects("only available in LONG64", () -> real16.leaRip(Reg.RAX, "x", 0));
        rejects("address 65536 does not fit in 16 bits", () -> real16.mov(16, Mem.absolute(0x10000), Reg.RAX));
        rejects("absolute addresses are offered in REAL16 mode only", () -> prot32.mov(32, Reg.RAX, Mem.absolute(0x600)));
        rejects("needs a base register besides index", () -> new Mem(null, Reg.RSI, 1, 0));
    }
}
