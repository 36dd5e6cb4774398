package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IntegerIdioms;
import dev.moka.assembler.compiler.ir.Intrinsics;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Reg;
import java.util.List;

/**
 * Machine code for the integer intrinsics: the JDK's {@code @IntrinsicCandidate} bit and
 * multiplication methods ({@link Intrinsics#integerOperation}) and the idioms of
 * {@link IntegerIdioms}. Each is a few instructions on the scratch registers; none calls out, and
 * the unsigned divisions throw {@code ArithmeticException("/ by zero")} from a slow path, as the
 * JDK's Java code does. Bit scans use {@code bsr}/{@code bsf} with an explicit zero test, not
 * {@code lzcnt}/{@code tzcnt}: on a processor without them (QEMU's default x86_64 model) those
 * encodings silently run as {@code bsr}/{@code bsf}.
 */
final class IntegerIntrinsics {
    private IntegerIntrinsics() {
    }

    /** @param in an intrinsic @return whether this class emits it */
    static boolean handles(Insn.Intrinsic in) {
        return in.name().startsWith("int.") || in.name().startsWith(Intrinsics.CHECKED_INTEGER_PREFIX);
    }

    static void emit(Assembler asm, Frame frame, SlowPaths slow, Insn.Intrinsic in) {
        List<VReg> args = in.args();
        VReg dst = in.dst();
        String name = in.name();
        if (name.startsWith(IntegerIdioms.COMPARE)) {
            compare(asm, frame, Insn.Cond.valueOf(name.substring(IntegerIdioms.COMPARE.length())), args, dst);
            return;
        }
        switch (name) {
            case IntegerIdioms.ZERO_EXTEND -> {
                Reg src = frame.use(args.get(0), Reg.RAX);
                Reg t = frame.target(dst, Reg.RAX);
                asm.mov(32, t, src);
                frame.define(dst, t);
            }
            case Intrinsics.LEADING_ZEROS_INT -> bitScan(asm, frame, args.get(0), dst, 32, true);
            case Intrinsics.LEADING_ZEROS_LONG -> bitScan(asm, frame, args.get(0), dst, 64, true);
            case Intrinsics.TRAILING_ZEROS_INT -> bitScan(asm, frame, args.get(0), dst, 32, false);
            case Intrinsics.TRAILING_ZEROS_LONG -> bitScan(asm, frame, args.get(0), dst, 64, false);
            case Intrinsics.MULTIPLY_HIGH, Intrinsics.UNSIGNED_MULTIPLY_HIGH -> {
                frame.loadInto(Reg.RAX, args.get(0));
                Reg y = frame.use(args.get(1), Reg.RCX);
                if (name.equals(Intrinsics.MULTIPLY_HIGH)) {
                    asm.imulWide(64, y);
                } else {
                    asm.mul(64, y);
                }
                frame.define(dst, Reg.RDX);
            }
            case Intrinsics.DIVIDE_UNSIGNED_INT -> divide(asm, frame, slow, args, dst, 32, false);
            case Intrinsics.REMAINDER_UNSIGNED_INT -> divide(asm, frame, slow, args, dst, 32, true);
            case Intrinsics.DIVIDE_UNSIGNED_LONG -> divide(asm, frame, slow, args, dst, 64, false);
            case Intrinsics.REMAINDER_UNSIGNED_LONG -> divide(asm, frame, slow, args, dst, 64, true);
            default -> throw new IllegalStateException("unknown integer intrinsic " + name);
        }
    }

    /** {@code dst = (a cond b) ? 1 : 0} (b absent: compared with zero), signed as the JVM compares. */
    private static void compare(Assembler asm, Frame frame, Insn.Cond cond, List<VReg> args, VReg dst) {
        int bits = MethodCompiler.bits(args.get(0));
        Reg a = frame.use(args.get(0), Reg.RAX);
        if (args.size() == 1) {
            asm.test(bits, a, a);
        } else {
            asm.alu(AluOp.CMP, bits, a, frame.use(args.get(1), Reg.RCX));
        }
        asm.setcc(switch (cond) {
            case EQ -> Cond.E;
            case NE -> Cond.NE;
            case LT -> Cond.L;
            case GE -> Cond.GE;
            case GT -> Cond.G;
            case LE -> Cond.LE;
        }, Reg.RAX);
        asm.movzx(32, Reg.RAX, 8, Reg.RAX);
        frame.define(dst, Reg.RAX);
    }

    /**
     * Leading zeros: {@code (bits - 1) - bsr(x)}, which for an index below {@code bits} is
     * {@code bsr(x) ^ (bits - 1)}; trailing zeros: {@code bsf(x)}; both {@code bits} for zero.
     */
    private static void bitScan(Assembler asm, Frame frame, VReg value, VReg dst, int bits, boolean leading) {
        Reg x = frame.use(value, Reg.RCX);
        Label done = asm.newLabel();
        asm.movImm(32, Reg.RAX, bits);
        asm.test(bits, x, x);
        asm.jcc(Cond.E, done);
        if (leading) {
            asm.bsr(bits, Reg.RAX, x);
            asm.aluImm(AluOp.XOR, 32, Reg.RAX, bits - 1);
        } else {
            asm.bsf(bits, Reg.RAX, x);
        }
        asm.bind(done);
        frame.define(dst, Reg.RAX);
    }

    /** Unsigned division or remainder; a zero divisor throws as the JDK's Java code does. */
    private static void divide(Assembler asm, Frame frame, SlowPaths slow, List<VReg> args, VReg dst, int bits,
            boolean remainder) {
        frame.loadInto(Reg.RCX, args.get(1));
        frame.loadInto(Reg.RAX, args.get(0));
        asm.test(bits, Reg.RCX, Reg.RCX);
        slow.add(Cond.E, () -> slow.callRuntime("throwDivideByZero", "()V"));
        asm.alu(AluOp.XOR, 32, Reg.RDX, Reg.RDX);
        asm.div(bits, Reg.RCX);
        frame.define(dst, remainder ? Reg.RDX : Reg.RAX);
    }
}
