package dev.moka.assembler.x86;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 16-bit encodings (real mode, as a boot sector runs) compared with {@code as --32} under
 * {@code .code16}: operand-size prefixes for 32-bit operands, the 16-bit ModRM table, imm16 pushes,
 * {@code data32} far jumps and string instructions.
 */
class Real16EncodingTest {
    private static final Assembler.Mode MODE = Assembler.Mode.REAL16;
    private final IntegerForms integer = new IntegerForms(MODE);
    private final ControlAndSystemForms control = new ControlAndSystemForms(MODE);

    @Property(tries = 30)
    void integerForms(@ForAll("integers") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> integers() {
        return integer.any().list().ofMinSize(20).ofMaxSize(40);
    }

    @Property(tries = 25)
    void controlAndSystemForms(@ForAll("others") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> others() {
        return control.any().list().ofMinSize(20).ofMaxSize(40);
    }

    @Property(tries = 15)
    void memoryOperandsOfEveryShape(@ForAll("memories") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> memories() {
        return Arbitraries.oneOf(List.of(integer.movLoadStore(), integer.lea(), integer.aluMem()))
                .list().ofMinSize(20).ofMaxSize(40);
    }
}
