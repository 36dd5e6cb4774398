package dev.moka.assembler.linux.publicprograms;

import dev.moka.assembler.compiler.ClassLibrary;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the public programs with Moka and runs them natively and on HotSpot (the JDK running this
 * code), with the same arguments and standard input. A program matches when standard output is the
 * same byte for byte, the exit status is the same and so is the first line of standard error.
 */
final class PublicProgramRunner {
    private static final long RUN_SECONDS = 120;

    private final Path work;
    private final Path classes;
    private final Map<List<String>, byte[]> generatedInputs = new HashMap<>();

    /** What one process did: its output, the first line of its error output, its exit status. */
    record Run(byte[] out, String firstErrorLine, int status) {
        boolean sameAs(Run other) {
            return Arrays.equals(out, other.out) && firstErrorLine.equals(other.firstErrorLine) && status == other.status;
        }
    }

    /**
     * @param program     the program
     * @param buildError  the first line of Moka's build error, or null when it built
     * @param buildMillis how long Moka's build took
     * @param exeBytes    the executable's size, 0 when it did not build
     * @param difference  how the native run differs from HotSpot's, or null when they match
     */
    record Outcome(PublicProgram program, String buildError, long buildMillis, int exeBytes, String difference) {
        boolean matches() {
            return buildError == null && difference == null;
        }

        /** @return a one-line verdict: {@code match}, {@code build: ...} or {@code differs: ...} */
        String verdict() {
            return buildError != null ? "build: " + buildError : difference != null ? "differs: " + difference : "match";
        }
    }

    private PublicProgramRunner(Path work, Path classes) {
        this.work = work;
        this.classes = classes;
    }

    /** Compiles every program with one javac run into {@code work/classes}. */
    static PublicProgramRunner compileAll(Path work, List<PublicProgram> programs) throws IOException, InterruptedException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of(javaTool("javac"), "--release", "21", "-g", "-nowarn",
                "-d", classes.toString()));
        programs.forEach(p -> javac.add(p.source().toString()));
        Process p = new ProcessBuilder(javac).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("javac failed on the public programs:\n" + log);
        }
        return new PublicProgramRunner(work, classes);
    }

    /** Builds one program with Moka under {@code library} and, when it builds, compares both runs. */
    Outcome check(PublicProgram program, ClassLibrary library) throws IOException, InterruptedException {
        Path exe = work.resolve(program.name() + "-" + library.name().toLowerCase());
        long start = System.nanoTime();
        byte[] executable;
        try {
            executable = LinuxExecutableBuilder.build(List.of(classes), program.name(),
                    LinuxExecutableBuilder.Options.defaults().library(library));
        } catch (BuildException e) {
            // -Dchains=true keeps the call chain that reached what is missing.
            String message = Boolean.getBoolean("chains") ? e.getMessage() : e.getMessage().lines().findFirst().orElse("");
            return new Outcome(program, message, elapsedMillis(start), 0, null);
        }
        long buildMillis = elapsedMillis(start);
        Files.write(exe, executable);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        byte[] stdin = stdin(program);
        List<String> nativeCommand = new ArrayList<>(List.of(exe.toString()));
        nativeCommand.addAll(program.arguments());
        Run moka = run(nativeCommand, stdin, exe.toString());
        Run hotspot = hotspot(program.name(), program.arguments(), stdin);
        return new Outcome(program, null, buildMillis, executable.length, difference(moka, hotspot));
    }

    private static String difference(Run moka, Run hotspot) {
        if (moka.sameAs(hotspot)) {
            return null;
        }
        if (moka.status() != hotspot.status()) {
            return "exit status " + moka.status() + " instead of " + hotspot.status() + "; first error line \""
                    + moka.firstErrorLine() + "\"";
        }
        if (!moka.firstErrorLine().equals(hotspot.firstErrorLine())) {
            return "first error line \"" + moka.firstErrorLine() + "\" instead of \"" + hotspot.firstErrorLine() + "\"";
        }
        String m = new String(moka.out(), StandardCharsets.UTF_8);
        String h = new String(hotspot.out(), StandardCharsets.UTF_8);
        String[] ml = m.split("\n", -1);
        String[] hl = h.split("\n", -1);
        for (int i = 0; i < Math.min(ml.length, hl.length); i++) {
            if (!ml[i].equals(hl[i])) {
                return "output line " + (i + 1) + " is \"" + abbreviate(ml[i]) + "\" instead of \"" + abbreviate(hl[i]) + "\"";
            }
        }
        return "output has " + ml.length + " lines instead of " + hl.length;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private byte[] stdin(PublicProgram program) throws IOException, InterruptedException {
        if (program.stdinText() != null) {
            return program.stdinText().getBytes(StandardCharsets.UTF_8);
        }
        if (program.stdinFrom() == null) {
            return new byte[0];
        }
        byte[] cached = generatedInputs.get(program.stdinFrom());
        if (cached == null) {
            List<String> from = program.stdinFrom();
            Run generator = hotspot(from.get(0), from.subList(1, from.size()), new byte[0]);
            if (generator.status() != 0) {
                throw new IllegalStateException(from + " did not run on HotSpot: " + generator.firstErrorLine());
            }
            cached = generator.out();
            generatedInputs.put(program.stdinFrom(), cached);
        }
        return cached;
    }

    private Run hotspot(String name, List<String> arguments, byte[] stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaTool("java"), "-cp", classes.toString(), name));
        command.addAll(arguments);
        return run(command, stdin, name + "-hotspot");
    }

    private Run run(List<String> command, byte[] stdin, String label) throws IOException, InterruptedException {
        Path in = work.resolve(Path.of(label).getFileName() + ".in");
        Path out = work.resolve(Path.of(label).getFileName() + ".out");
        Path err = work.resolve(Path.of(label).getFileName() + ".err");
        Files.write(in, stdin);
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        boolean finished = p.waitFor(RUN_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        String errText = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
        String firstErrorLine = errText.lines().findFirst().orElse("");
        return new Run(Files.readAllBytes(out), firstErrorLine, finished ? p.exitValue() : -1);
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
