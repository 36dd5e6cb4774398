package dev.moka.assembler.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap plan from outside Moka's modules ({@code CountingPlan}, registered in this module's test
 * {@code META-INF/services}) is found by its name and compiled into an executable, and compiled code
 * really allocates through it.
 */
class ThirdPartyHeapPlanTest {
    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void compileProgram() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
        Path source = Path.of("src/test/resources/gc/PlanReport.java");
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
                source.toString()).inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
    }

    private static List<String> runWith(String plan) throws Exception {
        Path exe = work.resolve("report-" + plan);
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), "PlanReport", ProviderCatalog.heapPlanClass(plan).getName(), 16L << 20, false));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void catalogListsBuiltInAndOutsidePlans() {
        assertTrue(ProviderCatalog.heapPlanNames().containsAll(List.of("bump", "counting", "mark-sweep")),
                ProviderCatalog.heapPlanNames().toString());
        UnknownProviderException unknown = assertThrows(UnknownProviderException.class,
                () -> ProviderCatalog.heapPlanClass("semispace"));
        assertTrue(unknown.getMessage().startsWith("unknown heap plan \"semispace\"; available: "), unknown.getMessage());
    }

    @Test
    void outsidePlanServesEveryAllocationOfTheProgram() throws Exception {
        List<String> lines = runWith("counting");
        assertEquals("plan: counting", lines.get(0));
        assertEquals("kept: 1000", lines.get(1));
        long allocations = Long.parseLong(lines.get(2).substring("allocations: ".length()));
        // 1000 arrays, plus the list's growth and the strings the program builds.
        assertTrue(allocations >= 1000 && allocations < 1200, lines.toString());
    }

    @Test
    void bumpPlanAllocatesInlineWithoutCallingThePlan() throws Exception {
        List<String> lines = runWith("bump");
        assertEquals(List.of("plan: bump", "kept: 1000", "allocations: 0"), lines);
    }
}
