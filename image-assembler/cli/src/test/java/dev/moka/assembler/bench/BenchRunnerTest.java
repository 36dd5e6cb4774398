package dev.moka.assembler.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static BenchResult result(String name, BenchProgram.Kind kind, long mokaProcess, long hotspotProcess,
            long hotspotSteady) {
        return new BenchResult(name, kind, mokaProcess, new GcSummary(1, mokaProcess / 10, mokaProcess / 20),
                hotspotProcess, hotspotSteady, 0, 0, "c", null);
    }

    private static BenchResult result(String name, long mokaProcess, long hotspotProcess, long hotspotSteady) {
        return result(name, BenchProgram.Kind.PUBLIC, mokaProcess, hotspotProcess, hotspotSteady);
    }

    @Test
    void quickProgramsAgreeWithHotSpot() {
        BenchRunner runner = new BenchRunner(work, true);
        for (String name : List.of("fannkuch", "binarytrees", "quadrature", "AwfyStorage", "AwfyRichards")) {
            BenchResult result = runner.run(BenchPrograms.named(name).orElseThrow());
            assertTrue(result.succeeded(), name + ": " + result.failure());
            assertFalse(result.check().isBlank(), name);
            assertTrue(result.mokaProcessNanos() > 0 && result.hotspotProcessNanos() > 0
                    && result.hotspotSteadyNanos() > 0, name);
            for (double ratio : new double[] {result.steadyRatio(), result.processRatio()}) {
                assertTrue(ratio > 0 && Double.isFinite(ratio), name + " ratio " + ratio);
            }
            assertTrue(result.mokaGc().collectingNanos() >= 0
                    && result.mokaGc().collectingNanos() <= result.mokaProcessNanos(), name + ": " + result.mokaGc());
            assertTrue(BenchReport.table(List.of(result)).contains(name), name);
        }
    }

    @Test
    void selfTimedProgramsReportTheirRoundsAndPublicOnesTheirFirstLine() {
        BenchRunner runner = new BenchRunner(work, true);
        BenchResult selfTimed = runner.run(BenchPrograms.named("fannkuch").orElseThrow());
        assertTrue(selfTimed.timesItself(), selfTimed.toString());
        assertTrue(selfTimed.roundsRatio() > 0);
        BenchResult queens = runner.run(BenchPrograms.named("AwfyQueens").orElseThrow());
        assertTrue(queens.succeeded(), queens.failure());
        assertFalse(queens.timesItself());
        assertEquals("Queens: true", queens.check());
        assertThrows(IllegalStateException.class, queens::roundsRatio);
    }

    @Test
    void differingChecksFailTheBenchmark() {
        String difference = BenchResult.checkDifference("x", new ProgramOutput(5, "1"), new ProgramOutput(7, "2"));
        assertTrue(difference.contains("moka 1") && difference.contains("hotspot 2"), difference);
        assertNull(BenchResult.checkDifference("x", new ProgramOutput(5, "1"), new ProgramOutput(7, "1")));
        BenchResult result = BenchResult.failed(BenchPrograms.named("fannkuch").orElseThrow(), difference);
        assertFalse(result.succeeded());
        assertTrue(BenchReport.table(List.of(result)).contains("FAILED"));
        assertTrue(Double.isNaN(BenchReport.steadyGeomean(List.of(result))));
    }

    @Test
    void differingOutputNamesTheFirstDifferentByte() {
        assertNull(OutputDifference.describe("a\nb\n", "a\nb\n"));
        String difference = OutputDifference.describe("a\nbc\n", "a\nbd\n");
        assertTrue(difference.contains("at byte 3"), difference);
        assertTrue(difference.contains("moka \"c\\n\"") && difference.contains("hotspot \"d\\n\""), difference);
        assertEquals("first", OutputDifference.firstLine("first\nsecond\n"));
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
    void steadyRatioIsMokasWholeProcessOverHotSpotsFourthRun() {
        BenchResult r = result("a", 300, 600, 100);
        assertEquals(3.0, r.steadyRatio(), 1e-9);
        assertEquals(0.5, r.processRatio(), 1e-9);
    }

    @Test
    void geometricMeansAndTheSteadySummary() {
        List<BenchResult> results = List.of(result("a", 200, 400, 100), result("b", 800, 400, 100));
        assertEquals(4.0, BenchReport.steadyGeomean(results), 1e-9);
        assertEquals(1.0, BenchReport.geometricMean(results, BenchResult::processRatio), 1e-9);
        String table = BenchReport.table(results);
        assertTrue(table.contains("steady state: geomean 4.00 over 2 programs, highest 8.00 (b), 1 above 4x"), table);
        assertFalse(table.contains("public programs"), "all are public: one summary is enough\n" + table);
    }

    @Test
    void thePublicProgramsGetTheirOwnSummary() {
        List<BenchResult> results = List.of(result("own", BenchProgram.Kind.SELF_TIMED, 900, 400, 100),
                result("A", 200, 400, 100), result("B", 300, 400, 100));
        String table = BenchReport.table(results);
        assertTrue(table.contains("steady state: geomean 3.78 over 3 programs, highest 9.00 (own), 1 above 4x"), table);
        assertTrue(table.contains("public programs, steady state: geomean 2.45 over 2 programs, highest 3.00 (B), "
                + "0 above 4x"), table);
    }

    @Test
    void theHeapSummaryLineIsParsedAndItsAbsenceIsAnError() {
        GcSummary gc = GcSummary.parse("noise\nmoka-gc: 16 collections, 0.152 ms collecting, longest 0.035 ms, "
                + "process 142.745 ms\n");
        assertEquals(new GcSummary(16, 152_000, 35_000), gc);
        assertThrows(IllegalArgumentException.class, () -> GcSummary.parse("moka-gc: 16 collections\n"));
    }

    @Test
    void everyProgramShipsItsSource() {
        assertTrue(BenchPrograms.all().size() >= 27);
        for (BenchProgram program : BenchPrograms.all()) {
            String source = program.source();
            assertTrue(source.contains("class " + program.mainClass()), program.name());
            if (program.kind() == BenchProgram.Kind.SELF_TIMED) {
                assertTrue(source.contains("\"time-ns: \"") && source.contains("\"check: \""), program.name());
            }
            assertEquals("mark-sweep", program.heapPlan(), program.name());
        }
        assertTrue(BenchProgram.resource("SteadyState.java").contains("class SteadyState"));
    }
}
