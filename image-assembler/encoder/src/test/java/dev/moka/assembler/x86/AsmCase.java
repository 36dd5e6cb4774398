package dev.moka.assembler.x86;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * One instruction written twice: as GNU as Intel-syntax text and as encoder calls.
 *
 * @param text the reference source line
 * @param emit the same instruction through {@link Assembler}
 */
record AsmCase(String text, Consumer<Assembler> emit) {
    /** The name GNU as sources use for a symbol the encoder derives from a label. */
    static final String LABEL_SYMBOL = "label_target";

    @Override
    public String toString() {
        return text;
    }

    /** Encodes every case with a fresh assembler and compares bytes and relocations with GNU as. */
    static void assertAllMatchGnuAs(Assembler.Mode mode, List<AsmCase> cases) {
        List<ElfObject.Section> expected = GnuAs.assembleEach(mode,
                cases.stream().map(AsmCase::text).toList());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            AsmCase c = cases.get(i);
            Assembler asm = new Assembler(mode);
            try {
                c.emit().accept(asm);
            } catch (RuntimeException e) {
                failures.add(c.text() + "\n    encoder threw " + e);
                continue;
            }
            byte[] actual = asm.toByteArray();
            byte[] wanted = expected.get(i).bytes();
            List<ElfObject.Reloc> actualRelocs = asm.relocations().stream()
                    .map(r -> new ElfObject.Reloc(r.offset(), r.kind(),
                            r.symbol().startsWith("__moka.label.") ? LABEL_SYMBOL : r.symbol(), r.addend())).toList();
            if (!java.util.Arrays.equals(actual, wanted) || !actualRelocs.equals(expected.get(i).relocs())) {
                failures.add(c.text() + "\n    expected " + hex(wanted) + " " + expected.get(i).relocs()
                        + "\n    actual   " + hex(actual) + " " + actualRelocs);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " " + mode + " instructions differ from GNU as:\n"
                    + String.join("\n", failures));
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
