package dev.moka.assembler.linux.publicprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.ClassLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public programs (see {@code src/test/public-programs/SOURCES.md}) with Moka's default class
 * library: exactly the programs named in {@code expected-to-match.txt} build and match HotSpot, and no
 * other. A program that starts to build is a reason to add it to the list (and to the coverage
 * figure in the compiler's documentation); one that stops is a regression.
 */
class PublicProgramsTest {
    private static final Path EXPECTED = PublicProgram.DIRECTORY.resolve("expected-to-match.txt");

    @TempDir
    Path work;

    @Test
    void theExpectedProgramsMatchHotSpotAndNoOthers() throws Exception {
        List<PublicProgram> programs = PublicProgram.all();
        PublicProgramRunner runner = PublicProgramRunner.compileAll(work, programs);
        TreeSet<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(EXPECTED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.trim());
            }
        }
        TreeSet<String> matched = new TreeSet<>();
        List<String> report = new ArrayList<>();
        for (PublicProgram program : programs) {
            PublicProgramRunner.Outcome outcome = runner.check(program, ClassLibrary.MOKA);
            if (outcome.matches()) {
                matched.add(program.name());
            }
            if (outcome.matches() != expected.contains(program.name())) {
                report.add(program.name() + ": " + outcome.verdict());
            }
        }
        assertTrue(expected.stream().allMatch(name -> programs.stream().anyMatch(p -> p.name().equals(name))),
                "expected-to-match.txt names a program that does not exist: " + expected);
        assertEquals(expected, matched, "programs whose verdict changed:\n" + String.join("\n", report));
    }
}
