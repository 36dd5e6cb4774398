package dev.moka.assembler.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Label resolution: random programs of jumps, calls and RIP-relative references to labels bound
 * before or after the reference, compared with GNU as assembling the same program. Forward jumps
 * are written with {@code {disp32}} because the encoder always uses rel32 for them; backward jumps
 * let as choose, and the encoder must make the same rel8/rel32 choice.
 */
class LabelJumpTest {
    private static final int LABELS = 4;

    /** One program element: a reference to a label, or {@code count} nops of filler. */
    private record Step(int kind, int label, Cond cond, int count) {
    }

    @Provide
    Arbitrary<List<Step>> programs() {
        Arbitrary<Step> reference = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, LABELS - 1), Arbitraries.of(Cond.class))
                .as((kind, label, cond) -> new Step(kind, label, cond, 0));
        Arbitrary<Step> filler = Arbitraries.of(1, 3, 60, 125, 126, 127, 128, 140, 300)
                .map(count -> new Step(4, 0, Cond.E, count));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, reference), net.jqwik.api.Tuple.of(2, filler))
                .list().ofMinSize(4).ofMaxSize(30);
    }

    @Property(tries = 40)
    void jumpsCallsAndRipReferencesMatchGnuAs(@ForAll("programs") List<Step> steps,
            @ForAll("bindPoints") List<Integer> bindAt) {
        assertProgramMatchesGnuAs(Assembler.Mode.LONG64, steps, bindAt);
    }

    /** The same in 16-bit code: long forms are rel16, forced in as with {@code {disp16}}. */
    @Property(tries = 25)
    void realModeJumpsAndCallsMatchGnuAs(@ForAll("programs") List<Step> steps,
            @ForAll("bindPoints") List<Integer> bindAt) {
        List<Step> noRipReferences = steps.stream()
                .map(s -> s.kind() == 3 ? new Step(0, s.label(), s.cond(), 0) : s).toList();
        assertProgramMatchesGnuAs(Assembler.Mode.REAL16, noRipReferences, bindAt);
    }

    private static void assertProgramMatchesGnuAs(Assembler.Mode mode, List<Step> steps, List<Integer> bindAt) {
        Assembler asm = new Assembler(mode);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < LABELS; i++) {
            labels.add(asm.newLabel());
        }
        String longForm = mode == Assembler.Mode.REAL16 ? "{disp16} " : "{disp32} ";
        List<String> text = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            for (int l = 0; l < LABELS; l++) {
                if (Math.min(bindAt.get(l), steps.size()) == i) {
                    asm.bind(labels.get(l));
                    text.add("L" + l + ":");
                }
            }
            if (i == steps.size()) {
                break;
            }
            Step step = steps.get(i);
            Label target = step.kind() == 4 ? null : labels.get(step.label());
            String force = target != null && asm.isBound(target) ? "" : longForm;
            switch (step.kind()) {
                case 0 -> {
                    asm.jmp(target);
                    text.add(force + "jmp L" + step.label());
                }
                case 1 -> {
                    asm.jcc(step.cond(), target);
                    text.add(force + "j" + Syntax.lower(step.cond()) + " L" + step.label());
                }
                case 2 -> {
                    asm.call(target);
                    text.add("call L" + step.label());
                }
                case 3 -> {
                    asm.leaRip(Reg.R9, target);
                    text.add("lea r9, [rip + L" + step.label() + "]");
                }
                default -> {
                    for (int n = 0; n < step.count(); n++) {
                        asm.nop();
                    }
                    text.add(".fill " + step.count() + ", 1, 0x90");
                }
            }
        }
        ElfObject.Section expected = GnuAs.assembleProgram(mode, text);
        byte[] actual = asm.toByteArray();
        assertEquals(AsmCase.hex(expected.bytes()), AsmCase.hex(actual), String.join("\n", text));
        assertTrue(asm.relocations().isEmpty(), "label references need no relocations");
    }

    @Provide
    Arbitrary<List<Integer>> bindPoints() {
        return Arbitraries.integers().between(0, 30).list().ofSize(LABELS);
    }

    @Test
    void backwardJumpWithinRangeIsShortAndForwardJumpIsLong() {
        Assembler asm = new Assembler();
        Label top = asm.newLabel();
        Label end = asm.newLabel();
        asm.bind(top);
        asm.nop();
        asm.jcc(Cond.NE, top);   // 75 fd: back over itself (2 bytes) and the nop
        asm.jmp(end);            // e9 00 00 00 00
        asm.bind(end);
        asm.ret();
        assertEquals("90 75 fd e9 00 00 00 00 c3", AsmCase.hex(asm.toByteArray()));
        assertEquals(0, asm.offsetOf(top));
        assertEquals(8, asm.offsetOf(end));
    }

    @Test
    void unboundLabelFailsWhenBytesAreRequested() {
        Assembler asm = new Assembler();
        Label never = asm.newLabel();
        asm.jmp(never);
        IllegalStateException e = assertThrows(IllegalStateException.class, asm::toByteArray);
        assertTrue(e.getMessage().contains("never bound"), e.getMessage());
    }

    @Test
    void labelCannotBeBoundTwiceOrUsedByAnotherAssembler() {
        Assembler asm = new Assembler();
        Label label = asm.newLabel();
        asm.bind(label);
        assertThrows(IllegalStateException.class, () -> asm.bind(label));
        Assembler other = new Assembler();
        assertThrows(IllegalArgumentException.class, () -> other.jmp(label));
    }

    @Test
    void labelAbsoluteAddressBecomesSymbolRelocation() {
        Assembler asm = new Assembler(Assembler.Mode.PROTECTED32);
        Label target = asm.newLabel();
        asm.farJump(0x08, target);
        asm.nop();
        asm.bind(target);
        String symbol = asm.labelSymbol(target);
        assertEquals(List.of(new Relocation(1, Relocation.Kind.ABS32, symbol, 0)), asm.relocations());
        assertEquals(8, asm.definedSymbols().get(symbol));
        assertEquals("ea 00 00 00 00 08 00 90", AsmCase.hex(asm.toByteArray()));
    }
}
