package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential corpus: every program under {@code src/test/corpus} is compiled by javac, then
 * by Moka to a Linux executable, and run both natively and on HotSpot (the JVM running the tests).
 * Standard output, standard error and the exit status must be equal.
 *
 * <p>A program may start with a line {@code // args: a b c} giving its command-line arguments, and a
 * line {@code // stdin: text} gives its standard input ({@code \n} for line breaks; without one,
 * standard input is empty).
 */
class DifferentialCorpusTest {
    private static final Path CORPUS = Path.of("src/test/corpus");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsOnHotSpot() throws Exception {
        List<Path> programs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            programs = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(programs.size() > 0, "no corpus programs in " + CORPUS.toAbsolutePath());
        // One javac run for the whole corpus: the programs are default-package classes with distinct names.
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", classes.toString()));
        programs.forEach(p -> javac.add(p.toString()));
        Run compiled = run(javac, work.resolve("javac"));
        assertEquals(0, compiled.status, "javac failed on the corpus:\n" + compiled.err);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, classes)));
    }

    private static void check(Path source, Path classes) throws Exception {
        String name = source.getFileName().toString().replace(".java", "");
        List<String> args = arguments(source);
        Path exe = work.resolve(name + ".exe");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), name));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> nativeCommand = new ArrayList<>(List.of(exe.toString()));
        nativeCommand.addAll(args);
        List<String> jvmCommand = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-cp", classes.toString(), name));
        jvmCommand.addAll(args);
        Path stdin = work.resolve(name + ".in");
        Files.writeString(stdin, standardInput(source), StandardCharsets.UTF_8);
        Run moka = run(nativeCommand, stdin, work.resolve(name + ".moka"));
        Run hotspot = run(jvmCommand, stdin, work.resolve(name + ".jvm"));
        assertEquals(hotspot.out, moka.out, name + ": standard output differs");
        assertEquals(hotspot.err, moka.err, name + ": standard error differs");
        assertEquals(hotspot.status, moka.status, name + ": exit status differs");
    }

    private static List<String> arguments(Path source) throws IOException {
        String first = Files.readAllLines(source).get(0);
        return first.startsWith("// args:") ? List.of(first.substring(8).trim().split("\\s+")) : List.of();
    }

    private static String standardInput(Path source) throws IOException {
        for (String line : Files.readAllLines(source)) {
            if (!line.startsWith("//")) {
                break;
            }
            if (line.startsWith("// stdin:")) {
                return line.substring(9).trim().replace("\\n", "\n");
            }
        }
        return "";
    }

    private record Run(String out, String err, int status) {
    }

    private static Run run(List<String> command, Path prefix) throws Exception {
        return run(command, null, prefix);
    }

    private static Run run(List<String> command, Path stdin, Path prefix) throws Exception {
        Path out = Path.of(prefix + ".out");
        Path err = Path.of(prefix + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process p = builder.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish within 60 s");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
    }
}
