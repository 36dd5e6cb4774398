package dev.moka.benchmarks.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.benchmarks.mm.RatioTable.Ratio;
import dev.moka.benchmarks.mm.RatioTable.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTableTest {
    @Test
    void pairsScoresThatDifferOnlyInTheAllocator() {
        List<Score> scores = List.of(
                new Score("B.single", Map.of("allocator", "bitmap", "memory", "1GiB"), 40e6, 1e6),
                new Score("B.single", Map.of("allocator", "bitmap", "memory", "128MiB"), 50e6, 1e6),
                new Score("B.single", Map.of("memory", "128MiB", "allocator", "buddy"), 25e6, 1e6),
                new Score("B.single", Map.of("allocator", "buddy", "memory", "1GiB"), 60e6, 1e6));

        List<Ratio> ratios = RatioTable.ratios(scores);

        assertEquals(2, ratios.size());
        assertEquals("memory=1GiB", ratios.get(0).otherParams());
        assertEquals(1.5, ratios.get(0).value(), 1e-12);
        assertEquals("memory=128MiB", ratios.get(1).otherParams());
        assertEquals(0.5, ratios.get(1).value(), 1e-12);
    }

    @Test
    void leavesOutScoresWithoutAPartner() {
        List<Score> scores = List.of(
                new Score("B.blocks", Map.of("order", "3"), 30e6, 1e6),
                new Score("B.single", Map.of("allocator", "buddy"), 30e6, 1e6),
                new Score("B.batch", Map.of("allocator", "bitmap"), 30e6, 1e6),
                new Score("B.batch", Map.of("allocator", "buddy", "memory", "1GiB"), 30e6, 1e6));

        assertTrue(RatioTable.ratios(scores).isEmpty());
    }

    @Test
    void markdownShowsMillionsAndTheRatio() {
        List<Ratio> ratios = RatioTable.ratios(List.of(
                new Score("B.single", Map.of("allocator", "bitmap"), 40e6, 2e6),
                new Score("B.single", Map.of("allocator", "buddy"), 30e6, 0.5e6)));

        String[] lines = RatioTable.markdown(ratios).split("\n");

        assertEquals(3, lines.length);
        assertEquals("| B.single |  | 40.0 ± 2.0 | 30.0 ± 0.5 | 0.75 |", lines[2]);
    }

    @Test
    void shortNameKeepsClassAndMethod() {
        assertEquals("SingleFrameBenchmark.allocateAndFree",
                AllocatorRatios.shortName("dev.moka.benchmarks.mm.SingleFrameBenchmark.allocateAndFree"));
    }
}
