package dev.moka.assembler.x86;

import static dev.moka.assembler.x86.Syntax.lower;
import static dev.moka.assembler.x86.Syntax.mem;
import static dev.moka.assembler.x86.Syntax.reg;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of random integer-instruction cases (text for GNU as plus encoder calls). */
final class IntegerForms {
    private final Assembler.Mode mode;

    IntegerForms(Assembler.Mode mode) {
        this.mode = mode;
    }

    private Arbitrary<Integer> allWidths() {
        return Operands.widths(mode, 8, 16, 32, 64);
    }

    private Arbitrary<Integer> wideWidths() {
        return Operands.widths(mode, 16, 32, 64);
    }

    private Arbitrary<Mem> mems() {
        return Operands.mems(mode);
    }

    private String m(Mem mem, int bits) {
        return mem(mode, mem, bits);
    }

    Arbitrary<AsmCase> movRegReg() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.regs(mode, b), Operands.regs(mode, b)).as((d, s) ->
                new AsmCase("mov " + reg(d, b) + ", " + reg(s, b), a -> a.mov(b, d, s))));
    }

    Arbitrary<AsmCase> movLoadStore() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.regs(mode, b), mems(), Arbitraries.of(true, false))
                .as((r, mem, load) -> load
                        ? new AsmCase("mov " + reg(r, b) + ", " + m(mem, b), a -> a.mov(b, r, mem))
                        : new AsmCase("mov " + m(mem, b) + ", " + reg(r, b), a -> a.mov(b, mem, r))));
    }

    Arbitrary<AsmCase> movImmReg() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.regs(mode, b), Operands.movImms(b)).as((r, imm) -> {
            String text;
            if (b == 64 && imm >= 0 && imm <= 0xFFFF_FFFFL) {
                text = "mov " + reg(r, 32) + ", " + imm;
            } else if (b == 64 && imm != (int) (long) imm) {
                text = "movabs " + reg(r, 64) + ", " + imm;
            } else {
                text = "mov " + reg(r, b) + ", " + imm;
            }
            return new AsmCase(text, a -> a.movImm(b, r, imm));
        }));
    }

    Arbitrary<AsmCase> movImmMem() {
        return allWidths().flatMap(b -> Combinators.combine(mems(), Operands.imms(b)).as((mem, imm) ->
                new AsmCase("mov " + m(mem, b) + ", " + imm, a -> a.movImm(b, mem, imm))));
    }

    Arbitrary<AsmCase> lea() {
        int b = Operands.isLong(mode) ? 64 : mode == Assembler.Mode.REAL16 ? 16 : 32;
        return Combinators.combine(Operands.regs(mode), mems()).as((r, mem) ->
                new AsmCase("lea " + reg(r, b) + ", " + mem(mode, mem), a -> a.lea(r, mem)));
    }

    Arbitrary<AsmCase> extend() {
        Arbitrary<int[]> shapes = Operands.isLong(mode)
                ? Arbitraries.of(new int[] {16, 8}, new int[] {32, 8}, new int[] {64, 8}, new int[] {32, 16},
                        new int[] {64, 16}, new int[] {64, 32})
                : Arbitraries.of(new int[] {16, 8}, new int[] {32, 8}, new int[] {32, 16});
        return shapes.flatMap(shape -> Combinators.combine(Operands.regs(mode), Operands.regs(mode, shape[1]), mems(),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((d, s, mem, signed, fromMem) -> {
                    int db = shape[0];
                    int sb = shape[1];
                    boolean sx = signed || sb == 32;
                    String name = sb == 32 ? "movsxd" : sx ? "movsx" : "movzx";
                    String src = fromMem ? m(mem, sb) : reg(s, sb);
                    String text = name + " " + reg(d, db) + ", " + src;
                    if (fromMem) {
                        return new AsmCase(text, a -> {
                            if (sx) {
                                a.movsx(db, d, sb, mem);
                            } else {
                                a.movzx(db, d, sb, mem);
                            }
                        });
                    }
                    return new AsmCase(text, a -> {
                        if (sx) {
                            a.movsx(db, d, sb, s);
                        } else {
                            a.movzx(db, d, sb, s);
                        }
                    });
                }));
    }

    Arbitrary<AsmCase> aluRegReg() {
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(AluOp.class), Operands.regs(mode, b),
                Operands.regs(mode, b)).as((op, d, s) ->
                new AsmCase(lower(op) + " " + reg(d, b) + ", " + reg(s, b), a -> a.alu(op, b, d, s))));
    }

    Arbitrary<AsmCase> aluMem() {
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(AluOp.class), Operands.regs(mode, b), mems(),
                Arbitraries.of(true, false)).as((op, r, mem, load) -> load
                        ? new AsmCase(lower(op) + " " + reg(r, b) + ", " + m(mem, b), a -> a.alu(op, b, r, mem))
                        : new AsmCase(lower(op) + " " + m(mem, b) + ", " + reg(r, b), a -> a.alu(op, b, mem, r))));
    }

    Arbitrary<AsmCase> aluImm() {
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(AluOp.class),
                Operands.raxBiased(mode, b), Operands.imms(b)).as((op, r, imm) ->
                new AsmCase(lower(op) + " " + reg(r, b) + ", " + imm, a -> a.aluImm(op, b, r, imm))));
    }

    Arbitrary<AsmCase> aluImmMem() {
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(AluOp.class), mems(), Operands.imms(b))
                .as((op, mem, imm) -> new AsmCase(lower(op) + " " + m(mem, b) + ", " + imm,
                        a -> a.aluImm(op, b, mem, imm))));
    }

    Arbitrary<AsmCase> test() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.raxBiased(mode, b), Operands.regs(mode, b),
                Operands.imms(b), Arbitraries.of(true, false)).as((x, y, imm, withImm) -> withImm
                        ? new AsmCase("test " + reg(x, b) + ", " + imm, a -> a.testImm(b, x, imm))
                        : new AsmCase("test " + reg(x, b) + ", " + reg(y, b), a -> a.test(b, x, y))));
    }

    Arbitrary<AsmCase> imul() {
        return wideWidths().flatMap(b -> Combinators.combine(Operands.regs(mode), Operands.regs(mode), mems(),
                Operands.imms(b), Arbitraries.integers().between(0, 2)).as((d, s, mem, imm, shape) -> switch (shape) {
                    case 0 -> new AsmCase("imul " + reg(d, b) + ", " + reg(s, b), a -> a.imul(b, d, s));
                    case 1 -> new AsmCase("imul " + reg(d, b) + ", " + m(mem, b), a -> a.imul(b, d, mem));
                    default -> new AsmCase("imul " + reg(d, b) + ", " + reg(s, b) + ", " + imm,
                            a -> a.imulImm(b, d, s, imm));
                }));
    }

    Arbitrary<AsmCase> unary() {
        List<String> names = List.of("neg", "not", "mul", "imul", "div", "idiv");
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(names), Operands.regs(mode, b)).as((n, r) ->
                new AsmCase(n + " " + reg(r, b), a -> {
                    switch (n) {
                        case "neg" -> a.neg(b, r);
                        case "not" -> a.not(b, r);
                        case "mul" -> a.mul(b, r);
                        case "imul" -> a.imulWide(b, r);
                        case "div" -> a.div(b, r);
                        default -> a.idiv(b, r);
                    }
                })));
    }

    Arbitrary<AsmCase> bitScans() {
        return Operands.widths(mode, 16, 32, 64).flatMap(b -> Combinators.combine(Operands.regs(mode, b),
                Operands.regs(mode, b), Arbitraries.of(true, false)).as((d, s, reverse) -> reverse
                        ? new AsmCase("bsr " + reg(d, b) + ", " + reg(s, b), a -> a.bsr(b, d, s))
                        : new AsmCase("bsf " + reg(d, b) + ", " + reg(s, b), a -> a.bsf(b, d, s))));
    }

    Arbitrary<AsmCase> shifts() {
        return allWidths().flatMap(b -> Combinators.combine(Arbitraries.of(ShiftOp.class), Operands.regs(mode, b),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 255))),
                Arbitraries.of(true, false)).as((op, r, count, byCl) -> byCl
                        ? new AsmCase(lower(op) + " " + reg(r, b) + ", cl", a -> a.shiftCl(op, b, r))
                        : new AsmCase(lower(op) + " " + reg(r, b) + ", " + count, a -> a.shiftImm(op, b, r, count))));
    }

    Arbitrary<AsmCase> setccCmov() {
        return Combinators.combine(Arbitraries.of(Cond.class), wideWidths(), Operands.regs(mode, 8),
                Operands.regs(mode), Operands.regs(mode), Arbitraries.of(true, false)).as((c, b, r8, d, s, set) -> set
                        ? new AsmCase("set" + lower(c) + " " + reg(r8, 8), a -> a.setcc(c, r8))
                        : new AsmCase("cmov" + lower(c) + " " + reg(d, b) + ", " + reg(s, b), a -> a.cmov(c, b, d, s)));
    }

    Arbitrary<AsmCase> xchgBswap() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.raxBiased(mode, b), Operands.raxBiased(mode, b),
                Arbitraries.of(true, false)).as((x, y, swap) -> swap && b >= 32
                        ? new AsmCase("bswap " + reg(x, b), a -> a.bswap(b, x))
                        : new AsmCase("xchg " + reg(x, b) + ", " + reg(y, b), a -> a.xchg(b, x, y))));
    }

    Arbitrary<AsmCase> lockCmpxchg() {
        return allWidths().flatMap(b -> Combinators.combine(Operands.regs(mode, b), mems()).as((r, mem) ->
                new AsmCase("lock cmpxchg " + m(mem, b) + ", " + reg(r, b), a -> a.lockCmpxchg(b, mem, r))));
    }

    Arbitrary<AsmCase> cdqCqo() {
        return Operands.isLong(mode)
                ? Arbitraries.of(new AsmCase("cdq", Assembler::cdq), new AsmCase("cqo", Assembler::cqo))
                : Arbitraries.just(new AsmCase("cdq", Assembler::cdq));
    }

    /** Every integer form, for mixed batches. */
    Arbitrary<AsmCase> any() {
        return Arbitraries.oneOf(List.of(movRegReg(), movLoadStore(), movImmReg(), movImmMem(), lea(), extend(),
                aluRegReg(), aluMem(), aluImm(), aluImmMem(), test(), imul(), unary(), bitScans(), shifts(), setccCmov(),
                xchgBswap(), lockCmpxchg(), cdqCqo()));
    }
}
