package dev.moka.assembler.x86;

import static dev.moka.assembler.x86.Syntax.mem;
import static dev.moka.assembler.x86.Syntax.reg;
import static dev.moka.assembler.x86.Syntax.xmm;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the SSE scalar instructions. */
final class SseForms {
    /** A register-register SSE operation and its encoder method. */
    private record XmmOp(String name, TriConsumer emit) {
    }

    @FunctionalInterface
    private interface TriConsumer {
        void accept(Assembler a, Xmm dst, Xmm src);
    }

    private static final List<XmmOp> XMM_OPS = List.of(
            new XmmOp("movsd", Assembler::movsd), new XmmOp("movss", Assembler::movss),
            new XmmOp("movaps", Assembler::movaps),
            new XmmOp("addsd", Assembler::addsd), new XmmOp("subsd", Assembler::subsd),
            new XmmOp("mulsd", Assembler::mulsd), new XmmOp("divsd", Assembler::divsd),
            new XmmOp("sqrtsd", Assembler::sqrtsd), new XmmOp("addss", Assembler::addss),
            new XmmOp("subss", Assembler::subss), new XmmOp("mulss", Assembler::mulss),
            new XmmOp("divss", Assembler::divss), new XmmOp("sqrtss", Assembler::sqrtss),
            new XmmOp("ucomisd", Assembler::ucomisd), new XmmOp("ucomiss", Assembler::ucomiss),
            new XmmOp("comisd", Assembler::comisd), new XmmOp("comiss", Assembler::comiss),
            new XmmOp("cvtss2sd", Assembler::cvtss2sd), new XmmOp("cvtsd2ss", Assembler::cvtsd2ss),
            new XmmOp("xorpd", Assembler::xorpd), new XmmOp("xorps", Assembler::xorps));

    private final Assembler.Mode mode;

    SseForms(Assembler.Mode mode) {
        this.mode = mode;
    }

    Arbitrary<AsmCase> regReg() {
        return Combinators.combine(Arbitraries.of(XMM_OPS), Operands.xmms(mode), Operands.xmms(mode)).as((op, d, s) ->
                new AsmCase(op.name() + " " + xmm(d) + ", " + xmm(s), a -> op.emit().accept(a, d, s)));
    }

    Arbitrary<AsmCase> memory() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Operands.xmms(mode),
                Operands.mems(mode)).as((isDouble, load, x, m) -> {
                    String name = isDouble ? "movsd" : "movss";
                    String ptr = mem(mode, m, isDouble ? 64 : 32);
                    if (load) {
                        return new AsmCase(name + " " + xmm(x) + ", " + ptr, a -> {
                            if (isDouble) {
                                a.movsd(x, m);
                            } else {
                                a.movss(x, m);
                            }
                        });
                    }
                    return new AsmCase(name + " " + ptr + ", " + xmm(x), a -> {
                        if (isDouble) {
                            a.movsd(m, x);
                        } else {
                            a.movss(m, x);
                        }
                    });
                });
    }

    Arbitrary<AsmCase> conversions() {
        Arbitrary<Integer> widths = Operands.widths(mode, 32, 64);
        return widths.flatMap(b -> Combinators.combine(Operands.xmms(mode), Operands.regs(mode),
                Arbitraries.integers().between(0, 7)).as((x, r, shape) -> {
                    String g = reg(r, b);
                    return switch (shape) {
                        case 0 -> c("cvtsi2sd " + xmm(x) + ", " + g, a -> a.cvtsi2sd(b, x, r));
                        case 1 -> c("cvtsi2ss " + xmm(x) + ", " + g, a -> a.cvtsi2ss(b, x, r));
                        case 2 -> c("cvttsd2si " + g + ", " + xmm(x), a -> a.cvttsd2si(b, r, x));
                        case 3 -> c("cvttss2si " + g + ", " + xmm(x), a -> a.cvttss2si(b, r, x));
                        case 4 -> c("movd " + xmm(x) + ", " + reg(r, 32), a -> a.movdToXmm(x, r));
                        case 5 -> c("movd " + reg(r, 32) + ", " + xmm(x), a -> a.movdFromXmm(r, x));
                        case 6 -> b == 64
                                ? c("movq " + xmm(x) + ", " + g, a -> a.movqToXmm(x, r))
                                : c("movd " + xmm(x) + ", " + g, a -> a.movdToXmm(x, r));
                        default -> b == 64
                                ? c("movq " + g + ", " + xmm(x), a -> a.movqFromXmm(r, x))
                                : c("movd " + g + ", " + xmm(x), a -> a.movdFromXmm(r, x));
                    };
                }));
    }

    private static AsmCase c(String text, java.util.function.Consumer<Assembler> emit) {
        return new AsmCase(text, emit);
    }

    Arbitrary<AsmCase> any() {
        return Arbitraries.oneOf(List.of(regReg(), memory(), conversions()));
    }
}
