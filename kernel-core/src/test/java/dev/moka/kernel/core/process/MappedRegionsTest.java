package dev.moka.kernel.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The mmap bookkeeping against a model that keeps every mapped page in a set. */
class MappedRegionsTest {
    private static final long PAGE = MappedRegions.PAGE;
    private static final long START = 64 * PAGE;
    private static final int AREA_PAGES = 64;

    @Test
    void mappingsFillTheLowestGapMergeAndSplit() {
        MappedRegions regions = new MappedRegions(START, START + AREA_PAGES * PAGE);
        long a = regions.place(0, 4 * PAGE);
        regions.add(a, a + 4 * PAGE);
        long b = regions.place(0, 2 * PAGE);
        regions.add(b, b + 2 * PAGE);
        assertEquals(START, a);
        assertEquals(START + 4 * PAGE, b);
        assertArrayEquals(new long[] {START, START + 6 * PAGE}, regions.ranges(), "neighbours merge");
        assertArrayEquals(new long[] {START + PAGE, START + 2 * PAGE}, regions.remove(START + PAGE, START + 2 * PAGE));
        assertArrayEquals(new long[] {START, START + PAGE, START + 2 * PAGE, START + 6 * PAGE}, regions.ranges());
        assertEquals(START + PAGE, regions.place(0, PAGE), "the hole is the lowest fit");
        assertEquals(START + 6 * PAGE, regions.place(0, 2 * PAGE), "a hole too small is passed over");
        assertEquals(START + 40 * PAGE, regions.place(START + 40 * PAGE, PAGE), "a free hint is taken");
        assertEquals(START + PAGE, regions.place(START + 3 * PAGE, PAGE), "a hint that overlaps is not");
        assertEquals(-1, regions.place(0, (AREA_PAGES + 1) * PAGE));
        assertThrows(IllegalArgumentException.class, () -> regions.add(START, START + PAGE));
        assertArrayEquals(new long[] {START, START + PAGE, START + 2 * PAGE, START + 6 * PAGE},
                regions.remove(0, START + AREA_PAGES * PAGE));
        assertEquals(0, regions.mappedBytes());
    }

    /** One step: map {@code pages} at {@code hintPage} (or anywhere, for -1), or unmap a range. */
    record Step(boolean map, int page, int pages) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(-1, AREA_PAGES),
                Arbitraries.integers().between(1, 20)).as(Step::new).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void agreesWithASetOfPages(@ForAll("steps") List<Step> steps) {
        MappedRegions regions = new MappedRegions(START, START + AREA_PAGES * PAGE);
        TreeSet<Long> model = new TreeSet<>();
        for (Step step : steps) {
            if (step.map()) {
                long hint = step.page() < 0 ? 0 : START + step.page() * PAGE;
                long at = regions.place(hint, step.pages() * PAGE);
                long expected = lowestFit(model, hint, step.pages());
                assertEquals(expected, at, step.toString());
                if (at >= 0) {
                    regions.add(at, at + step.pages() * PAGE);
                    for (int i = 0; i < step.pages(); i++) {
                        model.add(at + i * PAGE);
                    }
                }
            } else {
                long from = START + Math.max(step.page(), 0) * PAGE - 4 * PAGE;
                long to = from + step.pages() * PAGE;
                List<Long> removed = new ArrayList<>();
                long[] ranges = regions.remove(from, to);
                for (int i = 0; i < ranges.length; i += 2) {
                    assertTrue(ranges[i] < ranges[i + 1]);
                    for (long p = ranges[i]; p < ranges[i + 1]; p += PAGE) {
                        removed.add(p);
                    }
                }
                List<Long> expected = new ArrayList<>(model.subSet(from, to));
                assertEquals(expected, removed, step.toString());
                model.removeAll(expected);
            }
            assertEquals(model.size() * PAGE, regions.mappedBytes());
            long[] ranges = regions.ranges();
            for (int i = 0; i + 2 < ranges.length; i += 2) {
                assertTrue(ranges[i + 1] < ranges[i + 2], "sorted, disjoint and merged");
            }
            for (long p = START; p < START + AREA_PAGES * PAGE; p += PAGE) {
                assertEquals(model.contains(p), regions.contains(p));
            }
        }
    }

    /** The model's answer: the hint when all its pages are free and in the area, else the lowest run that fits. */
    private static long lowestFit(TreeSet<Long> mapped, long hint, int pages) {
        if (hint != 0 && fits(mapped, hint, pages)) {
            return hint;
        }
        for (long at = START; at + pages * PAGE <= START + AREA_PAGES * PAGE; at += PAGE) {
            if (fits(mapped, at, pages)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean fits(TreeSet<Long> mapped, long at, int pages) {
        if (at < START || at + pages * PAGE > START + AREA_PAGES * PAGE) {
            return false;
        }
        for (int i = 0; i < pages; i++) {
            if (mapped.contains(at + i * PAGE)) {
                return false;
            }
        }
        return true;
    }
}
