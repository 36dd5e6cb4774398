package dev.moka.assembler.linux.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Random programs behave natively as on HotSpot. Each try generates one program of
 * {@value #CASES_PER_PROGRAM} cases from a seed, so a run checks {@value #PROGRAMS} x
 * {@value #CASES_PER_PROGRAM} cases with one javac run, one Moka build and two program runs per
 * program. jqwik's shrinking of a seed means nothing, so it is off; {@link ProgramReducer} shrinks the
 * program itself. A failing seed is replayed first on the next run (jqwik's database); the
 * failure names the seed, which {@link RandomProgramSoak} also accepts.
 */
class RandomProgramDifferentialTest {
    static final int CASES_PER_PROGRAM = 25;
    static final int PROGRAMS = 22;
    private static final long REDUCE_MILLIS = 120_000;

    @Property(tries = PROGRAMS, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void randomProgramsBehaveAsOnHotSpot(@ForAll long seed) throws Exception {
        Path work = Path.of("target", "random-programs", Long.toHexString(seed));
        String failure = ProgramCheck.check(seed, GeneratorSettings.fromSystemProperties(CASES_PER_PROGRAM), work,
                REDUCE_MILLIS);
        assertNull(failure, failure);
        ProgramCheck.deleteTree(work);
    }

    @Property(tries = 50)
    void aSeedAlwaysGivesTheSameProgram(@ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(3, true);
        assertEquals(JavaPrinter.print(new ProgramGenerator(seed, settings).generate()),
                JavaPrinter.print(new ProgramGenerator(seed, settings).generate()));
    }
}
