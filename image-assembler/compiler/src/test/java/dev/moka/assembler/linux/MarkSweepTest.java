package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The mark-sweep plan on the Linux target: a program that keeps a live tree while allocating far
 * more than its heap in garbage must print what HotSpot prints. The heap is checked after every
 * collection, so a stack map that missed a live reference shows up as a reference to a freed chunk
 * (or as a wrong checksum); the bump plan in the same heap must run out cleanly.
 */
class MarkSweepTest {
    private static final long HEAP = 16L << 20;

    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void compileProgram() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", classes.toString(), "src/test/resources/gc/Churn.java",
                "src/test/resources/gc/Growth.java", "src/test/resources/gc/InlinedAllocations.java").inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
    }

    private static String[] run(Path exe) throws Exception {
        Path out = work.resolve(exe.getFileName() + ".out");
        Path err = work.resolve(exe.getFileName() + ".err");
        Process p = new ProcessBuilder(exe.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), exe + " did not finish");
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                Integer.toString(p.exitValue())};
    }

    private static Path build(String name, String planClass) throws Exception {
        return build(name, "Churn", planClass, HEAP);
    }

    private static Path build(String name, String mainClass, String planClass, long heap) throws Exception {
        Path exe = work.resolve(name);
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), mainClass, planClass, heap, true));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    @Test
    void liveDataSurvivesCollectionsAndOutputMatchesHotSpot() throws Exception {
        String[] moka = run(build("churn-ms", "dev.moka.kernel.mm.heap.MarkSweepPlan"));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "Churn").redirectErrorStream(true).start();
        String expected = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor());
        assertEquals("", moka[1], "the collector reported a problem");
        assertEquals("0", moka[2]);
        assertEquals(expected, moka[0]);
        assertTrue(moka[0].startsWith("checksum: "), moka[0]);
    }

    /**
     * In a heap much larger than the plan's first footprint, a live set that grows past it (about
     * 100 MB of arrays, with four times as much garbage) is collected at several sizes while the plan
     * bumps through reclaimed memory; every collection is verified.
     */
    @Test
    void growingLiveSetInALargeHeapMatchesHotSpot() throws Exception {
        String[] moka = run(build("growth-ms", "Growth", "dev.moka.kernel.mm.heap.MarkSweepPlan", 1L << 30));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "Growth").redirectErrorStream(true).start();
        String expected = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor());
        assertEquals("", moka[1], "the collector reported a problem");
        assertEquals("0", moka[2]);
        assertEquals(expected, moka[0]);
    }

    /**
     * Collections start inside allocations inlined into the loop of {@code main} (three activations
     * deep) while the live cells are held only by locals of those inlined activations and of main:
     * the stack maps of the inlined code must name them all.
     */
    @Test
    void collectionsInsideInlinedAllocationsKeepEveryActivationsReferences() throws Exception {
        String[] moka = run(build("inlined-ms", "InlinedAllocations", "dev.moka.kernel.mm.heap.MarkSweepPlan", HEAP));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "InlinedAllocations").redirectErrorStream(true).start();
        String expected = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor());
        assertEquals("", moka[1], "the collector reported a problem");
        assertEquals("0", moka[2]);
        assertEquals(expected, moka[0]);
    }

    @Test
    void bumpPlanRunsOutOfHeapCleanly() throws Exception {
        String[] moka = run(build("churn-bump", "dev.moka.kernel.mm.heap.BumpPlan"));
        assertEquals("1", moka[2]);
        assertEquals("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n", moka[1]);
    }
}
