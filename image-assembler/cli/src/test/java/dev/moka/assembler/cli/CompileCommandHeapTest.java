package dev.moka.assembler.cli;

import static dev.moka.assembler.cli.MokaCliTest.moka;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.MokaCliTest.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moka compile} without {@code --heap} gives a program a collecting heap: a program that
 * allocates sixteen times its heap in short-lived arrays runs to the end, where the same program
 * built with {@code --heap bump} runs out of memory.
 */
class CompileCommandHeapTest {
    private static final String PROGRAM = """
            public class Garbage {
                public static void main(String[] args) {
                    long sum = 0;
                    int[] keep = new int[16];
                    for (int i = 0; i < 32768; i++) {
                        int[] chunk = new int[1024];
                        chunk[i & 1023] = i;
                        keep[i & 15] += chunk[i & 1023] & 7;
                        sum += chunk.length;
                    }
                    System.out.println("allocated " + sum * 4 + " bytes, kept " + keep[3]);
                }
            }
            """;

    @TempDir
    static Path dir;

    private static Path classes;

    @BeforeAll
    static void compileProgram() throws Exception {
        Path source = dir.resolve("Garbage.java");
        Files.writeString(source, PROGRAM);
        classes = Files.createDirectories(dir.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-d", classes.toString(), source.toString()).inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
    }

    private static String[] build(String name, String... heapFlags) throws Exception {
        Path exe = dir.resolve(name);
        String[] args = {"compile", "--target", "linux-x86_64", "--class-path", classes.toString(), "--main", "Garbage",
            "--out", exe.toString(), "--heap-size", "8M"};
        String[] all = new String[args.length + heapFlags.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(heapFlags, 0, all, args.length, heapFlags.length);
        Outcome built = moka(all);
        assertEquals(ExitCodes.SUCCESS, built.exitCode(), built.err());
        Process run = new ProcessBuilder(exe.toString()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
        return new String[] {out, err, Integer.toString(run.exitValue())};
    }

    @Test
    void theDefaultHeapCollects() throws Exception {
        String[] result = build("garbage-default");
        assertEquals("allocated 134217728 bytes, kept 6144\n", result[0]);
        assertEquals("", result[1]);
        assertEquals("0", result[2]);
    }

    @Test
    void theBumpPlanRunsOutOfTheSameHeap() throws Exception {
        String[] result = build("garbage-bump", "--heap", "bump");
        assertEquals("1", result[2]);
        assertEquals("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n", result[1]);
    }
}
