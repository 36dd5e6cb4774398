package dev.moka.assembler.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark machinery in quick mode; times are only required to be positive. */
class BenchRunnerTest {
    @TempDir
    Path work;

    @Test
    void quickProgramsAgreeWithHotSpot() {
        BenchRunner runner = new BenchRunner(work, true);
        for (String name : List.of("fannkuch", "binarytrees")) {
            BenchResult result = runner.run(BenchPrograms.named(name).orElseThrow());
            assertTrue(result.succeeded(), name + ": " + result.failure());
            assertFalse(result.check().isBlank(), name);
            assertTrue(result.mokaNanos() > 0 && result.hotspotNanos() > 0, name);
            double ratio = result.ratio();
            assertTrue(ratio > 0 && Double.isFinite(ratio), name + " ratio " + ratio);
            assertTrue(BenchReport.table(List.of(result)).contains(name), name);
        }
    }

    @Test
    void differingChecksFailTheBenchmark() {
        BenchResult result = BenchResult.compare("x", new ProgramOutput(5, "1"), new ProgramOutput(7, "2"));
        assertFalse(result.succeeded());
        assertTrue(result.failure().contains("moka 1") && result.failure().contains("hotspot 2"), result.failure());
        assertTrue(BenchReport.table(List.of(result)).contains("FAILED"));
        assertTrue(Double.isNaN(BenchReport.geometricMean(List.of(result))));
    }

    @Test
    void outputNeedsExactlyOneTimeAndOneCheckLine() {
        ProgramOutput parsed = ProgramOutput.parse("time-ns: 1500\ncheck: -0.25\n");
        assertEquals(1500, parsed.nanos());
        assertEquals("-0.25", parsed.check());
        assertThrows(IllegalArgumentException.class, () -> ProgramOutput.parse("check: 1\n"));
        assertThrows(IllegalArgumentException.class, () -> ProgramOutput.parse("time-ns: 1\ntime-ns: 2\ncheck: 1\n"));
    }

    @Test
    void geometricMeanOfRatios() {
        List<BenchResult> results = List.of(
                BenchResult.compare("a", new ProgramOutput(200, "c"), new ProgramOutput(100, "c")),
                BenchResult.compare("b", new ProgramOutput(800, "c"), new ProgramOutput(100, "c")));
        assertEquals(4.0, BenchReport.geometricMean(results), 1e-9);
    }

    @Test
    void everyProgramShipsItsSource() {
        assertTrue(BenchPrograms.all().size() >= 7);
        for (BenchProgram program : BenchPrograms.all()) {
            String source = program.source();
            assertTrue(source.contains("final class Main"), program.name());
            assertTrue(source.contains("\"time-ns: \"") && source.contains("\"check: \""), program.name());
        }
    }
}
