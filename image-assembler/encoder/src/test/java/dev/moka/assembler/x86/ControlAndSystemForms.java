package dev.moka.assembler.x86;

import static dev.moka.assembler.x86.Syntax.mem;
import static dev.moka.assembler.x86.Syntax.reg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for indirect control flow, stack, symbol references and system instructions. */
final class ControlAndSystemForms {
    private final Assembler.Mode mode;
    private final boolean long64;

    ControlAndSystemForms(Assembler.Mode mode) {
        this.mode = mode;
        this.long64 = mode == Assembler.Mode.LONG64;
    }

    private boolean real16() {
        return mode == Assembler.Mode.REAL16;
    }

    /** Width of stack slots and indirect jump targets. */
    private int word() {
        return long64 ? 64 : real16() ? 16 : 32;
    }

    /** Width of control registers' general-purpose partner. */
    private int controlWord() {
        return long64 ? 64 : 32;
    }

    Arbitrary<AsmCase> indirect() {
        return Combinators.combine(Operands.regs(mode), Operands.mems(mode), Arbitraries.of("jmp", "call"),
                Arbitraries.of(true, false)).as((r, m, name, viaReg) -> {
                    boolean isJmp = name.equals("jmp");
                    if (viaReg) {
                        return new AsmCase(name + " " + reg(r, word()), a -> {
                            if (isJmp) {
                                a.jmp(r);
                            } else {
                                a.call(r);
                            }
                        });
                    }
                    return new AsmCase(name + " " + mem(mode, m, word()), a -> {
                        if (isJmp) {
                            a.jmp(m);
                        } else {
                            a.call(m);
                        }
                    });
                });
    }

    Arbitrary<AsmCase> stack() {
        Arbitrary<Integer> immediates = real16() ? Operands.imms(16).filter(i -> i <= Short.MAX_VALUE) : Operands.imm32();
        return Combinators.combine(Operands.regs(mode), immediates, Arbitraries.integers().between(0, 4))
                .as((r, imm, shape) -> switch (shape) {
                    case 0 -> new AsmCase("push " + reg(r, word()), a -> a.push(r));
                    case 1 -> new AsmCase("pop " + reg(r, word()), a -> a.pop(r));
                    case 2 -> new AsmCase("push " + imm, a -> a.pushImm(imm));
                    case 3 -> new AsmCase("leave", Assembler::leave);
                    default -> new AsmCase("ret", Assembler::ret);
                });
    }

    /** Symbol references: call, RIP-relative lea/load/store, movabs and mov r32 with relocations. */
    Arbitrary<AsmCase> symbolic() {
        if (real16()) {
            return Combinators.combine(Operands.symbols(), Operands.regs(mode), Operands.addends()).as((sym, r, add) ->
                    new AsmCase("mov " + reg(r, 32) + ", offset " + sym + plus(add), a -> a.movAbs32Symbol(r, sym, add)));
        }
        if (!long64) {
            return Combinators.combine(Operands.symbols(), Operands.regs(mode), Operands.addends(), Arbitraries.of(true, false))
                    .as((sym, r, add, call) -> call
                            ? new AsmCase("call " + sym, a -> a.callSymbol(sym))
                            : new AsmCase("mov " + reg(r, 32) + ", offset " + sym + plus(add),
                                    a -> a.movAbs32Symbol(r, sym, add)));
        }
        return Operands.widths(mode, 8, 16, 32, 64).flatMap(b -> Combinators.combine(Operands.symbols(),
                Operands.regs(mode, b), Operands.addends(), Arbitraries.integers().between(0, 5)).as((sym, r, add, shape) -> {
                    String rip = "[rip + " + sym + plus(add) + "]";
                    return switch (shape) {
                        case 0 -> new AsmCase("call " + sym, a -> a.callSymbol(sym));
                        case 1 -> new AsmCase("lea " + reg(r, 64) + ", " + rip, a -> a.leaRip(r, sym, add));
                        case 2 -> new AsmCase("mov " + reg(r, b) + ", " + Syntax.ptr(b) + rip,
                                a -> a.movRipLoad(b, r, sym, add));
                        case 3 -> new AsmCase("mov " + Syntax.ptr(b) + rip + ", " + reg(r, b),
                                a -> a.movRipStore(b, sym, add, r));
                        case 4 -> new AsmCase("movabs " + reg(r, 64) + ", offset " + sym + plus(add),
                                a -> a.movAbs64Symbol(r, sym, add));
                        default -> new AsmCase("mov " + reg(r, 32) + ", offset " + sym + plus(add),
                                a -> a.movAbs32Symbol(r, sym, add));
                    };
                }));
    }

    private static String plus(long addend) {
        return addend == 0 ? "" : addend > 0 ? " + " + addend : " - " + -addend;
    }

    Arbitrary<AsmCase> noOperand() {
        List<AsmCase> cases = new ArrayList<>(List.of(
                c("nop", Assembler::nop), c("int3", Assembler::int3), c("hlt", Assembler::hlt),
                c("cli", Assembler::cli), c("sti", Assembler::sti), c("cpuid", Assembler::cpuid),
                c("rdtsc", Assembler::rdtsc), c("rdmsr", Assembler::rdmsr), c("wrmsr", Assembler::wrmsr),
                c("pause", Assembler::pause), c("ud2", Assembler::ud2), c("cdq", Assembler::cdq)));
        if (long64) {
            cases.addAll(List.of(c("iretq", Assembler::iretq), c("swapgs", Assembler::swapgs),
                    c("syscall", Assembler::syscall), c("sysretq", Assembler::sysretq), c("cqo", Assembler::cqo),
                    c("pushfq", Assembler::pushfq), c("popfq", Assembler::popfq)));
        }
        return Arbitraries.of(cases);
    }

    private static AsmCase c(String text, Consumer<Assembler> emit) {
        return new AsmCase(text, emit);
    }

    Arbitrary<AsmCase> ports() {
        return Combinators.combine(Operands.widths(mode, 8, 16, 32), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 4)).as((b, port, shape) -> {
                    String r = reg(Reg.RAX, b);
                    return switch (shape) {
                        // GNU as writes "int 3" as the one-byte int3; intImm always uses the two-byte form.
                        case 4 -> port == 3 ? c("int3", Assembler::int3) : c("int " + port, a -> a.intImm(port));
                        case 0 -> c("in " + r + ", dx", a -> a.inDx(b));
                        case 1 -> c("out dx, " + r, a -> a.outDx(b));
                        case 2 -> c("in " + r + ", " + port, a -> a.inImm(b, port));
                        default -> c("out " + port + ", " + r, a -> a.outImm(b, port));
                    };
                });
    }

    Arbitrary<AsmCase> controlRegisters() {
        Arbitrary<Integer> crs = long64 ? Arbitraries.of(0, 2, 3, 4, 8) : Arbitraries.of(0, 2, 3, 4);
        return Combinators.combine(crs, Operands.regs(mode), Arbitraries.of(true, false)).as((cr, r, to) -> to
                ? c("mov cr" + cr + ", " + reg(r, controlWord()), a -> a.movToCr(cr, r))
                : c("mov " + reg(r, controlWord()) + ", cr" + cr, a -> a.movFromCr(r, cr)));
    }

    Arbitrary<AsmCase> descriptorTables() {
        return Combinators.combine(Operands.mems(mode), Operands.regs(mode), Arbitraries.of(Seg.ES, Seg.SS, Seg.DS,
                Seg.FS, Seg.GS), Arbitraries.integers().between(0, 4)).as((m, r, seg, shape) -> switch (shape) {
                    case 0 -> c("lgdt " + mem(mode, m), a -> a.lgdt(m));
                    case 1 -> c("lidt " + mem(mode, m), a -> a.lidt(m));
                    case 2 -> c("invlpg " + mem(mode, m), a -> a.invlpg(m));
                    case 3 -> c("ltr " + reg(r, 16), a -> a.ltr(r));
                    default -> c("mov " + Syntax.lower(seg) + ", " + reg(r, real16() ? 16 : 32), a -> a.movToSeg(seg, r));
                });
    }

    /** {@code fxsave64} and {@code fxrstor64}: 64-bit mode only. */
    Arbitrary<AsmCase> fpuState() {
        return Combinators.combine(Operands.mems(mode), Arbitraries.of(true, false)).as((m, save) -> save
                ? c("fxsave64 " + mem(mode, m), a -> a.fxsave64(m))
                : c("fxrstor64 " + mem(mode, m), a -> a.fxrstor64(m)));
    }

    /** String instructions, plain and with {@code rep}, and {@code cld}. */
    Arbitrary<AsmCase> strings() {
        String[] suffix = {"b", "w", "d", "q"};
        return Combinators.combine(Operands.widths(mode, 8, 16, 32, 64), Arbitraries.integers().between(0, 5))
                .as((b, shape) -> {
                    String s = suffix[Integer.numberOfTrailingZeros(b) - 3];
                    return switch (shape) {
                        case 0 -> c("lods" + s, a -> a.lods(b));
                        case 1 -> c("stos" + s, a -> a.stos(b));
                        case 2 -> c("movs" + s, a -> a.movs(b));
                        case 3 -> c("rep stos" + s, a -> a.repStos(b));
                        case 4 -> c("rep movs" + s, a -> a.repMovs(b));
                        default -> c("cld", Assembler::cld);
                    };
                });
    }

    /** {@code jmp sel:label} and {@code jmp sel:sym+addend}: ABS32 relocations; not in LONG64 mode. */
    Arbitrary<AsmCase> farJumps() {
        String jump = real16() ? "data32 ljmp " : "jmp ";
        String comma = real16() ? ", offset " : ":";
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Operands.symbols(),
                Operands.addends(), Arbitraries.integers().between(0, 2), Arbitraries.longs().between(0, 0xFFFF_FFFFL))
                .as((selector, symbol, addend, shape, offset) -> switch (shape) {
                    case 0 -> c(jump + selector + comma + AsmCase.LABEL_SYMBOL, a -> a.farJump(selector, a.newLabel()));
                    case 1 -> c(jump + selector + comma + symbol + (addend < 0 ? "" : "+") + addend,
                            a -> a.farJumpSymbol(selector, symbol, addend));
                    default -> {
                        long fixed = real16() ? offset & 0xFFFF : offset;
                        yield c("jmp " + selector + ":" + fixed, a -> a.farJumpAbsolute(selector, fixed));
                    }
                });
    }

    /** Every form of this family, for mixed batches. */
    Arbitrary<AsmCase> any() {
        List<Arbitrary<AsmCase>> forms = new java.util.ArrayList<>(List.of(indirect(), stack(), symbolic(),
                noOperand(), ports(), controlRegisters(), descriptorTables(), strings()));
        if (!long64) {
            forms.add(farJumps());
        }
        return Arbitraries.oneOf(forms);
    }
}
