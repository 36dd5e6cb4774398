package dev.moka.assembler.x86;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** 32-bit protected-mode encodings compared with {@code as --32}. */
class ProtectedModeEncodingTest {
    private static final Assembler.Mode MODE = Assembler.Mode.PROTECTED32;
    private final IntegerForms integer = new IntegerForms(MODE);
    private final ControlAndSystemForms control = new ControlAndSystemForms(MODE);
    private final SseForms sse = new SseForms(MODE);

    @Property(tries = 30)
    void integerForms(@ForAll("integers") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> integers() {
        return integer.any().list().ofMinSize(20).ofMaxSize(40);
    }

    @Property(tries = 25)
    void controlSystemAndSse(@ForAll("others") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> others() {
        return Arbitraries.oneOf(List.of(control.any(), sse.any())).list().ofMinSize(20).ofMaxSize(40);
    }
}
