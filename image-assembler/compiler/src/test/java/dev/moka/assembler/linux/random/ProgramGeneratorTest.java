package dev.moka.assembler.linux.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generator writes, without compiling it: the forms the differential test relies on must
 * turn up in the programs of a handful of seeds, as the test suite's runs see them.
 */
class ProgramGeneratorTest {
    private static final int SEEDS = 10;
    /** The programs of seeds 0 to {@value #SEEDS} - 1 with the test's settings, generated once. */
    private static String source;

    @BeforeAll
    static void generate() {
        source = programs(new GeneratorSettings(RandomProgramDifferentialTest.CASES_PER_PROGRAM, true), SEEDS);
    }

    private static String programs(GeneratorSettings settings, int seeds) {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < seeds; seed++) {
            all.append(JavaPrinter.print(new ProgramGenerator(seed, settings).generate()));
        }
        return all.toString();
    }

    @Test
    void programsHoldFloatingPointHandlersReferenceArraysAndLongCases() {
        List<String> missing = new ArrayList<>();
        for (String form : List.of("double ", "float ", "Double.compare(", "Math.sqrt(", "Float.isNaN(",
                "Double.doubleToLongBits(", "finally {", "trail = trail * 31 + ",
                "throw new Fault(", "catch (ArrayStoreException ", "Object[] ", "String[] ", "Base[] ",
                "= new String[] {", "Integer.valueOf(", ") return;", ") break;", ") continue;")) {
            if (!source.contains(form)) {
                missing.add(form);
            }
        }
        assertEquals(List.of(), missing, "forms no program of " + SEEDS + " seeds contains");
        assertTrue(Pattern.compile("catch \\((\\w+) (e\\d+)\\) \\{[^}]*throw \\2;").matcher(source).find(),
                "no handler throws on the exception it caught");
        assertTrue(Pattern.compile("\\) return [^;\\s]").matcher(source).find(), "no method returns early with a value");
    }

    @Test
    void someCasesAreLong() {
        long longCases = Pattern.compile("static void case\\d+\\(\\) \\{").splitAsStream(source)
                .filter(body -> body.lines().filter(l -> l.contains("System.out.println(\"c")).count() > 10
                        && body.lines().takeWhile(l -> !l.contains("System.out")).filter(l -> l.contains("[] ")).count() >= 4)
                .count();
        assertTrue(longCases >= SEEDS, longCases + " long cases in " + SEEDS + " programs");
    }

    @Test
    void floatingPointCanBeLeftOut() {
        String integral = programs(new GeneratorSettings(RandomProgramDifferentialTest.CASES_PER_PROGRAM, false), 3);
        assertTrue(!Pattern.compile("\\b(double|float|Double|Float)\\b").matcher(integral).find(),
                "floating point in programs generated without it");
    }
}
