package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.regalloc.Location;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;

/** Integer arithmetic with the JVM's rules: wrapping, masked shift counts, and checked division. */
final class Arithmetic {
    private Arithmetic() {
    }

    static void binary(Assembler asm, Frame frame, SlowPaths slow, Insn.Binary bin) {
        int bits = MethodCompiler.bits(bin.dst());
        switch (bin.op()) {
            case DIV, REM -> divide(asm, frame, slow, bin, bits);
            case SHL, SHR, USHR -> {
                frame.loadInto(Reg.RCX, bin.b());
                Reg t = frame.target(bin.dst(), Reg.RAX);
                frame.loadInto(t, bin.a());
                asm.shiftCl(switch (bin.op()) {
                    case SHL -> ShiftOp.SHL;
                    case SHR -> ShiftOp.SAR;
                    default -> ShiftOp.SHR;
                }, bits, t);
                frame.define(bin.dst(), t);
            }
            default -> {
                Reg t = frame.target(bin.dst(), Reg.RAX);
                Location bLoc = frame.where(bin.b());
                if (bLoc instanceof Location.InReg r && r.reg() == t && !bin.a().equals(bin.b())) {
                    t = Reg.RAX; // computing into b's register would clobber b before it is read
                }
                frame.loadInto(t, bin.a());
                Reg b = frame.use(bin.b(), Reg.RCX);
                switch (bin.op()) {
                    case ADD -> asm.alu(AluOp.ADD, bits, t, b);
                    case SUB -> asm.alu(AluOp.SUB, bits, t, b);
                    case AND -> asm.alu(AluOp.AND, bits, t, b);
                    case OR -> asm.alu(AluOp.OR, bits, t, b);
                    case XOR -> asm.alu(AluOp.XOR, bits, t, b);
                    default -> asm.imul(bits, t, b);
                }
                frame.define(bin.dst(), t);
            }
        }
    }

    /** Arithmetic with an immediate operand; division by a constant needs no checks. */
    static void binaryConst(Assembler asm, Frame frame, Insn.BinaryConst bin) {
        int bits = MethodCompiler.bits(bin.dst());
        int imm = (int) bin.b();
        switch (bin.op()) {
            case DIV, REM -> divideByConstant(asm, frame, bin, bits, imm);
            case MUL -> {
                Reg t = frame.target(bin.dst(), Reg.RAX);
                Reg a = frame.use(bin.a(), Reg.RCX);
                asm.imulImm(bits, t, a, imm);
                frame.define(bin.dst(), t);
            }
            default -> {
                Reg t = frame.target(bin.dst(), Reg.RAX);
                frame.loadInto(t, bin.a());
                switch (bin.op()) {
                    case ADD -> asm.aluImm(AluOp.ADD, bits, t, imm);
                    case SUB -> asm.aluImm(AluOp.SUB, bits, t, imm);
                    case AND -> asm.aluImm(AluOp.AND, bits, t, imm);
                    case OR -> asm.aluImm(AluOp.OR, bits, t, imm);
                    case XOR -> asm.aluImm(AluOp.XOR, bits, t, imm);
                    default -> {
                        // The JVM uses only the low five (int) or six (long) bits of a shift count.
                        int count = imm & (bits - 1);
                        if (count != 0) {
                            asm.shiftImm(switch (bin.op()) {
                                case SHL -> ShiftOp.SHL;
                                case SHR -> ShiftOp.SAR;
                                default -> ShiftOp.SHR;
                            }, bits, t, count);
                        }
                    }
                }
                frame.define(bin.dst(), t);
            }
        }
    }

    /**
     * Division by a constant other than zero: a power of two is a shift that rounds towards zero
     * (a bias of divisor - 1 is added to negative dividends), 1 and -1 need no division, and any
     * other divisor is an idiv without the zero and -1 checks.
     */
    private static void divideByConstant(Assembler asm, Frame frame, Insn.BinaryConst bin, int bits, int divisor) {
        boolean rem = bin.op() == Insn.Op.REM;
        frame.loadInto(Reg.RAX, bin.a());
        if (divisor == 1 || divisor == -1) {
            if (rem) {
                asm.movImm(32, Reg.RAX, 0);
            } else if (divisor == -1) {
                asm.neg(bits, Reg.RAX);
            }
        } else if (divisor > 0 && Integer.bitCount(divisor) == 1) {
            int shift = Integer.numberOfTrailingZeros(divisor);
            asm.mov(64, Reg.RDX, Reg.RAX);
            asm.shiftImm(ShiftOp.SAR, bits, Reg.RDX, bits - 1);
            asm.shiftImm(ShiftOp.SHR, bits, Reg.RDX, bits - shift);
            if (rem) {
                asm.alu(AluOp.ADD, bits, Reg.RDX, Reg.RAX);
                asm.aluImm(AluOp.AND, bits, Reg.RDX, -divisor);
                asm.alu(AluOp.SUB, bits, Reg.RAX, Reg.RDX);
            } else {
                asm.alu(AluOp.ADD, bits, Reg.RAX, Reg.RDX);
                asm.shiftImm(ShiftOp.SAR, bits, Reg.RAX, shift);
            }
        } else {
            asm.movImm(64, Reg.RCX, divisor);
            if (bits == 64) {
                asm.cqo();
            } else {
                asm.cdq();
            }
            asm.idiv(bits, Reg.RCX);
            if (rem) {
                asm.mov(64, Reg.RAX, Reg.RDX);
            }
        }
        frame.define(bin.dst(), Reg.RAX);
    }

    /**
     * idiv traps on MIN_VALUE / -1, where the JVM wraps: that divisor takes a separate path. A zero
     * divisor is tested for explicitly, except where the arch pack turns the CPU's divide error into
     * an ArithmeticException (a kernel image): there the idiv itself is the check.
     */
    private static void divide(Assembler asm, Frame frame, SlowPaths slow, Insn.Binary bin, int bits) {
        frame.loadInto(Reg.RCX, bin.b());
        frame.loadInto(Reg.RAX, bin.a());
        boolean implicitCheck = slow.faultsBecomeExceptions();
        if (!implicitCheck) {
            asm.test(bits, Reg.RCX, Reg.RCX);
            slow.add(Cond.E, () -> slow.callRuntime("throwDivideByZero", "()V"));
        }
        Label normal = asm.newLabel();
        Label done = asm.newLabel();
        asm.aluImm(AluOp.CMP, bits, Reg.RCX, -1);
        asm.jcc(Cond.NE, normal);
        if (bin.op() == Insn.Op.DIV) {
            asm.neg(bits, Reg.RAX);
        } else {
            asm.movImm(32, Reg.RAX, 0);
        }
        asm.jmp(done);
        asm.bind(normal);
        if (bits == 64) {
            asm.cqo();
        } else {
            asm.cdq();
        }
        if (implicitCheck) {
            frame.recordFaultStackMap();
        }
        asm.idiv(bits, Reg.RCX);
        if (bin.op() == Insn.Op.REM) {
            asm.mov(64, Reg.RAX, Reg.RDX);
        }
        asm.bind(done);
        frame.define(bin.dst(), Reg.RAX);
    }

    static void convert(Assembler asm, Frame frame, Insn.Convert c) {
        Reg src = frame.use(c.src(), Reg.RAX);
        Reg t = frame.target(c.dst(), Reg.RAX);
        switch (c.conv()) {
            case I2L -> asm.movsx(64, t, 32, src);
            case L2I -> asm.mov(32, t, src);
            case I2B -> asm.movsx(32, t, 8, src);
            case I2C -> asm.movzx(32, t, 16, src);
            case I2S -> asm.movsx(32, t, 16, src);
            default -> throw new IllegalStateException("not an integer conversion: " + c.conv());
        }
        frame.define(c.dst(), t);
    }

    static void compareLong(Assembler asm, Frame frame, Insn.CompareLong c) {
        Reg a = frame.use(c.a(), Reg.RAX);
        Reg b = frame.use(c.b(), Reg.RCX);
        asm.alu(AluOp.CMP, 64, a, b);
        asm.setcc(Cond.G, Reg.RAX);
        asm.setcc(Cond.L, Reg.RCX);
        asm.movzx(32, Reg.RAX, 8, Reg.RAX);
        asm.movzx(32, Reg.RCX, 8, Reg.RCX);
        asm.alu(AluOp.SUB, 32, Reg.RAX, Reg.RCX);
        frame.define(c.dst(), Reg.RAX);
    }
}
