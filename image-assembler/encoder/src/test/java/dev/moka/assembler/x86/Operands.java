package dev.moka.assembler.x86;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Operand generators biased towards encoding corner cases: RSP/R12 and RBP/R13 bases, R12 as
 * index, zero displacements, the disp8/disp32 and imm8/imm32 boundaries.
 */
final class Operands {
    private Operands() {
    }

    static boolean isLong(Assembler.Mode mode) {
        return mode == Assembler.Mode.LONG64;
    }

    static Arbitrary<Reg> regs(Assembler.Mode mode) {
        return isLong(mode) ? Arbitraries.of(Reg.class) : Arbitraries.of(Arrays.copyOf(Reg.values(), 8));
    }

    /** Registers usable at {@code bits} (8-bit registers 4-7 need REX, so not in 32-bit mode). */
    static Arbitrary<Reg> regs(Assembler.Mode mode, int bits) {
        return bits == 8 && !isLong(mode) ? Arbitraries.of(Reg.RAX, Reg.RCX, Reg.RDX, Reg.RBX) : regs(mode);
    }

    /** Registers with RAX over-represented, to hit the accumulator short forms. */
    static Arbitrary<Reg> raxBiased(Assembler.Mode mode, int bits) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Reg.RAX)),
                net.jqwik.api.Tuple.of(2, regs(mode, bits)));
    }

    static Arbitrary<Xmm> xmms(Assembler.Mode mode) {
        return isLong(mode) ? Arbitraries.of(Xmm.class) : Arbitraries.of(Arrays.copyOf(Xmm.values(), 8));
    }

    static Arbitrary<Integer> widths(Assembler.Mode mode, int... allowed) {
        return Arbitraries.of(Arrays.stream(allowed).filter(b -> b != 64 || isLong(mode)).boxed().toList());
    }

    static Arbitrary<Integer> disps() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-128, 127)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(-129, 128, -128, 127, 1, -1,
                        Integer.MIN_VALUE, Integer.MAX_VALUE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers()));
    }

    static Arbitrary<Mem> mems(Assembler.Mode mode) {
        if (mode == Assembler.Mode.REAL16) {
            return mems16();
        }
        Arbitrary<Reg> bases = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(cornerBases(mode))),
                net.jqwik.api.Tuple.of(5, regs(mode)));
        Arbitrary<Reg> indexes = regs(mode).filter(r -> r != Reg.RSP).injectNull(0.35);
        return Combinators.combine(bases, indexes, Arbitraries.of(1, 2, 4, 8), disps())
                .as((base, index, scale, disp) -> new Mem(base, index, index == null ? 1 : scale, disp));
    }

    /**
     * Every 16-bit addressing shape: [BX|BP + SI|DI], [BX|BP|SI|DI], with displacements around the
     * disp8 boundary, [BP] (which needs a zero disp8) and values past 32767 that wrap, and fixed
     * addresses (the accumulator's moffs forms among them).
     */
    static Arbitrary<Mem> mems16() {
        Arbitrary<Reg> bases = Arbitraries.of(Reg.RBX, Reg.RBP, Reg.RSI, Reg.RDI);
        Arbitrary<Reg> indexes = Arbitraries.of(Reg.RSI, Reg.RDI).injectNull(0.4);
        Arbitrary<Integer> disps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-128, 127)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(-129, 128, -128, 127, -32768, 32767, 0x8000, 0xFFFF, 0xFF80)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-32768, 0xFFFF)));
        Arbitrary<Mem> registers = Combinators.combine(bases, indexes, disps).as((base, index, disp) ->
                index != null && (base == Reg.RBX || base == Reg.RBP) ? new Mem(base, index, 1, disp) : Mem.of(base, disp));
        Arbitrary<Mem> absolute = Arbitraries.integers().between(0, 0xFFFF).map(Mem::absolute);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, registers), net.jqwik.api.Tuple.of(1, absolute));
    }

    private static List<Reg> cornerBases(Assembler.Mode mode) {
        return isLong(mode) ? List.of(Reg.RSP, Reg.RBP, Reg.R12, Reg.R13) : List.of(Reg.RSP, Reg.RBP);
    }

    /** Immediates valid for an operation of {@code bits} (signed or unsigned for 8/16 bits). */
    static Arbitrary<Integer> imms(int bits) {
        return switch (bits) {
            case 8 -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-128, 255)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(-128, 127, 128, 255, 0, -1)));
            case 16 -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-32768, 32767)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of(-129, -128, 127, 128, 0, -1, 0x7FFF, -32768)));
            default -> imm32();
        };
    }

    static Arbitrary<Integer> imm32() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-128, 127)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(-129, -128, 127, 128, 255, 256, 0, -1,
                        Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7FFF, 0x8000)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers()));
    }

    static Arbitrary<Long> imm64() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, imm32().map(Integer::longValue)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 0xFFFF_FFFFL, 0x1_0000_0000L, 0x8000_0000L,
                        -0x8000_0000L, -0x8000_0001L, Long.MIN_VALUE, Long.MAX_VALUE, -1L)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 0xFFFF_FFFFL)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs()));
    }

    /** Immediates for {@code movImm(bits, Reg, long)}. */
    static Arbitrary<Long> movImms(int bits) {
        return bits == 64 ? imm64() : imms(bits).map(Integer::longValue);
    }

    static Arbitrary<String> symbols() {
        return Arbitraries.of("ext_sym", "kernel_main", "table_0");
    }

    static Arbitrary<Long> addends() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-4096, 4096)));
    }
}
