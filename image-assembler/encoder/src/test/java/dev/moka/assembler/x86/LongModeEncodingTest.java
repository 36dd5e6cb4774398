package dev.moka.assembler.x86;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 64-bit encodings compared byte for byte (and relocation for relocation) with GNU as. Each try
 * assembles a batch of random instructions of one family in a single {@code as} run.
 */
class LongModeEncodingTest {
    private static final Assembler.Mode MODE = Assembler.Mode.LONG64;
    private static final int TRIES = 25;
    private final IntegerForms integer = new IntegerForms(MODE);
    private final ControlAndSystemForms control = new ControlAndSystemForms(MODE);
    private final SseForms sse = new SseForms(MODE);

    private static Arbitrary<List<AsmCase>> batch(Arbitrary<AsmCase> forms) {
        return forms.list().ofMinSize(20).ofMaxSize(40);
    }

    @Property(tries = TRIES)
    void movRegisterAndMemory(@ForAll("movs") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> movs() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.movRegReg(), integer.movLoadStore())));
    }

    @Property(tries = TRIES)
    void fpuStateSaveAndRestore(@ForAll("fpuStates") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> fpuStates() {
        return batch(control.fpuState());
    }

    @Property(tries = TRIES)
    void movImmediates(@ForAll("movImms") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> movImms() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.movImmReg(), integer.movImmMem())));
    }

    @Property(tries = TRIES)
    void leaAndExtensions(@ForAll("leaExtend") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> leaExtend() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.lea(), integer.extend())));
    }

    @Property(tries = TRIES)
    void aluForms(@ForAll("alus") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> alus() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.aluRegReg(), integer.aluMem(),
                integer.aluImm(), integer.aluImmMem())));
    }

    @Property(tries = TRIES)
    void testMultiplyDivide(@ForAll("mulDiv") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> mulDiv() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.test(), integer.imul(), integer.unary(),
                integer.cdqCqo())));
    }

    @Property(tries = TRIES)
    void shiftsConditionsExchanges(@ForAll("shiftCond") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> shiftCond() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.shifts(), integer.setccCmov(),
                integer.xchgBswap(), integer.lockCmpxchg())));
    }

    @Property(tries = TRIES)
    void controlFlowAndSymbols(@ForAll("controls") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> controls() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(control.indirect(), control.stack(),
                control.symbolic())));
    }

    @Property(tries = TRIES)
    void systemInstructions(@ForAll("systems") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> systems() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(control.noOperand(), control.ports(),
                control.controlRegisters(), control.descriptorTables())));
    }

    @Property(tries = TRIES)
    void sseScalar(@ForAll("sses") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> sses() {
        return batch(sse.any());
    }

    @Property(tries = TRIES)
    void everythingMixed(@ForAll("mixed") List<AsmCase> cases) {
        AsmCase.assertAllMatchGnuAs(MODE, cases);
    }

    @Provide
    Arbitrary<List<AsmCase>> mixed() {
        return batch(net.jqwik.api.Arbitraries.oneOf(List.of(integer.any(), control.any(), sse.any())));
    }
}
