package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.model.TypeKind;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;

/**
 * float and double arithmetic with SSE2 scalar instructions, which follow IEEE 754 as the JVM
 * requires (round to nearest, no extended precision). Comparisons and float-to-integer conversions
 * add the JVM's NaN and saturation rules on top of what the hardware does.
 */
final class FloatArithmetic {
    private FloatArithmetic() {
    }

    static boolean handles(Insn.Conv conv) {
        return switch (conv) {
            case I2L, L2I, I2B, I2C, I2S -> false;
            default -> true;
        };
    }

    static void binary(Assembler asm, Frame frame, Insn.Binary bin) {
        boolean dbl = bin.dst().kind() == TypeKind.DOUBLE;
        Xmm t = frame.targetX(bin.dst(), Xmm.XMM0);
        if (frame.where(bin.b()) instanceof dev.moka.assembler.compiler.regalloc.Location.InXmm x
                && x.reg() == t && !bin.a().equals(bin.b())) {
            t = Xmm.XMM0;
        }
        frame.loadIntoX(t, bin.a());
        Xmm b = frame.useX(bin.b(), Xmm.XMM1);
        switch (bin.op()) {
            case ADD -> { if (dbl) asm.addsd(t, b); else asm.addss(t, b); }
            case SUB -> { if (dbl) asm.subsd(t, b); else asm.subss(t, b); }
            case MUL -> { if (dbl) asm.mulsd(t, b); else asm.mulss(t, b); }
            case DIV -> { if (dbl) asm.divsd(t, b); else asm.divss(t, b); }
            default -> throw new IllegalStateException("no SSE form for " + bin.op());
        }
        frame.defineX(bin.dst(), t);
    }

    /** Negation flips the sign bit, so -0.0 and NaN come out as on the JVM. */
    static void negate(Assembler asm, Frame frame, Insn.Negate n) {
        Xmm a = frame.useX(n.a(), Xmm.XMM0);
        if (n.dst().kind() == TypeKind.DOUBLE) {
            asm.movqFromXmm(Reg.RAX, a);
            asm.movImm(64, Reg.RCX, Long.MIN_VALUE);
            asm.alu(AluOp.XOR, 64, Reg.RAX, Reg.RCX);
            asm.movqToXmm(Xmm.XMM0, Reg.RAX);
        } else {
            asm.movdFromXmm(Reg.RAX, a);
            asm.aluImm(AluOp.XOR, 32, Reg.RAX, Integer.MIN_VALUE);
            asm.movdToXmm(Xmm.XMM0, Reg.RAX);
        }
        frame.defineX(n.dst(), Xmm.XMM0);
    }

    /** fcmpl/fcmpg/dcmpl/dcmpg: ucomis sets PF for unordered operands, which selects nanResult. */
    static void compare(Assembler asm, Frame frame, Insn.CompareFloat c) {
        Xmm a = frame.useX(c.a(), Xmm.XMM0);
        Xmm b = frame.useX(c.b(), Xmm.XMM1);
        if (c.a().kind() == TypeKind.DOUBLE) {
            asm.ucomisd(a, b);
        } else {
            asm.ucomiss(a, b);
        }
        Label unordered = asm.newLabel();
        Label done = asm.newLabel();
        asm.jcc(Cond.P, unordered);
        asm.setcc(Cond.A, Reg.RAX);
        asm.setcc(Cond.B, Reg.RCX);
        asm.movzx(32, Reg.RAX, 8, Reg.RAX);
        asm.movzx(32, Reg.RCX, 8, Reg.RCX);
        asm.alu(AluOp.SUB, 32, Reg.RAX, Reg.RCX);
        asm.jmp(done);
        asm.bind(unordered);
        asm.movImm(32, Reg.RAX, c.nanResult() & 0xffffffffL);
        asm.bind(done);
        frame.define(c.dst(), Reg.RAX);
    }

    static void convert(Assembler asm, Frame frame, Insn.Convert c) {
        switch (c.conv()) {
            case I2F, I2D, L2F, L2D -> {
                Reg src = frame.use(c.src(), Reg.RAX);
                int bits = c.conv() == Insn.Conv.I2F || c.conv() == Insn.Conv.I2D ? 32 : 64;
                asm.xorps(Xmm.XMM0, Xmm.XMM0);
                if (c.conv() == Insn.Conv.I2D || c.conv() == Insn.Conv.L2D) {
                    asm.cvtsi2sd(bits, Xmm.XMM0, src);
                } else {
                    asm.cvtsi2ss(bits, Xmm.XMM0, src);
                }
                frame.defineX(c.dst(), Xmm.XMM0);
            }
            case F2D -> {
                asm.cvtss2sd(Xmm.XMM0, frame.useX(c.src(), Xmm.XMM1));
                frame.defineX(c.dst(), Xmm.XMM0);
            }
            case D2F -> {
                asm.cvtsd2ss(Xmm.XMM0, frame.useX(c.src(), Xmm.XMM1));
                frame.defineX(c.dst(), Xmm.XMM0);
            }
            default -> toInteger(asm, frame, c);
        }
    }

    /**
     * cvtt* gives the "integer indefinite" value (MIN_VALUE) for NaN and out-of-range inputs; the JVM
     * wants 0 for NaN and MAX_VALUE for large positive values, so that one result is rechecked.
     */
    private static void toInteger(Assembler asm, Frame frame, Insn.Convert c) {
        boolean fromDouble = c.conv() == Insn.Conv.D2I || c.conv() == Insn.Conv.D2L;
        int bits = c.conv() == Insn.Conv.F2I || c.conv() == Insn.Conv.D2I ? 32 : 64;
        Xmm src = frame.useX(c.src(), Xmm.XMM0);
        if (fromDouble) {
            asm.cvttsd2si(bits, Reg.RAX, src);
        } else {
            asm.cvttss2si(bits, Reg.RAX, src);
        }
        Label done = asm.newLabel();
        if (bits == 32) {
            asm.aluImm(AluOp.CMP, 32, Reg.RAX, Integer.MIN_VALUE);
        } else {
            asm.movImm(64, Reg.RCX, Long.MIN_VALUE);
            asm.alu(AluOp.CMP, 64, Reg.RAX, Reg.RCX);
        }
        asm.jcc(Cond.NE, done);
        Label nan = asm.newLabel();
        asm.xorps(Xmm.XMM1, Xmm.XMM1);
        if (fromDouble) {
            asm.ucomisd(src, Xmm.XMM1);
        } else {
            asm.ucomiss(src, Xmm.XMM1);
        }
        asm.jcc(Cond.P, nan);
        asm.jcc(Cond.BE, done);
        asm.movImm(bits, Reg.RAX, bits == 32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        asm.jmp(done);
        asm.bind(nan);
        asm.movImm(32, Reg.RAX, 0);
        asm.bind(done);
        frame.define(c.dst(), Reg.RAX);
    }
}
