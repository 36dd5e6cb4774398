package dev.moka.assembler.linux.random;

import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles one program with javac, then with Moka, and runs it natively and on HotSpot (the JDK
 * running the tests). javac runs as a process: {@code javax.tools} is not readable from here.
 */
final class DifferentialRunner {
    /** Generous: on a loaded machine javac on a program of some thousand lines can take a minute. */
    private static final long JAVAC_SECONDS = 600;
    /** A generated program finishes in well under a second; this only catches a miscompiled endless loop. */
    private static final long RUN_SECONDS = 120;

    private DifferentialRunner() {
    }

    /** What a process printed and its exit status; a run that did not finish has status {@code -1}. */
    record Run(String out, String err, int status) {
    }

    /**
     * The result of checking one program. When javac rejects it only {@code javacError} is set; when
     * Moka fails to build it only {@code mokaError} and {@code hotspot} are.
     */
    record Outcome(String javacError, String mokaError, Run moka, Run hotspot) {
        boolean compiled() {
            return javacError == null;
        }

        /** True when the program compiled with javac and Moka and both runs behaved the same. */
        boolean agrees() {
            return compiled() && mokaError == null && moka.equals(hotspot);
        }

        /** A short name for the kind of disagreement, so a reduction keeps the same one. */
        String failureKind() {
            if (!compiled()) {
                return "javac";
            }
            if (mokaError != null) {
                return "moka-build: " + mokaError.lines().findFirst().orElse("");
            }
            return agrees() ? "none" : "mismatch";
        }
    }

    /** Writes {@code source} under {@code dir} and checks it. */
    static Outcome check(Path dir, String className, String source) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String javaHome = System.getProperty("java.home");
        // C1 alone compiles a one-off javac run faster; the class files are the same.
        Run javac = run(List.of(Path.of(javaHome, "bin", "javac").toString(), "-J-XX:TieredStopAtLevel=1", "-proc:none",
                "--release", "21", "-nowarn", "-g",
                "-d", classes.toString(), file.toString()), dir.resolve("javac"), JAVAC_SECONDS);
        if (javac.status() != 0) {
            String why = javac.status() == -1 ? "javac did not finish within " + JAVAC_SECONDS + " s\n" : "";
            return new Outcome(why + javac.out() + javac.err(), null, null, null);
        }
        Run hotspot = run(List.of(Path.of(javaHome, "bin", "java").toString(), "-Xss1m", "-cp", classes.toString(),
                className), dir.resolve("hotspot"), RUN_SECONDS);
        Path exe = dir.resolve(className + ".exe");
        try {
            Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), className));
        } catch (java.io.UncheckedIOException e) {
            // The compiler could not read its own runtime library: a broken build, not a verdict on the program.
            throw e;
        } catch (Exception | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Outcome(null, trace.toString(), null, hotspot);
        }
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run moka = runFreshExecutable(exe, dir.resolve("moka"));
        return new Outcome(null, null, moka, hotspot);
    }

    /**
     * Runs a just-written executable. Another thread forking at the moment the file was open for
     * writing can leave the child holding it for a moment, and exec then fails with "Text file busy";
     * waiting briefly and trying again is the usual remedy.
     */
    private static Run runFreshExecutable(Path exe, Path prefix) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return run(List.of(exe.toString()), prefix, RUN_SECONDS);
            } catch (IOException e) {
                if (attempt >= 20 || e.getMessage() == null || !e.getMessage().contains("Text file busy")) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static Run run(List<String> command, Path prefix, long seconds) throws IOException, InterruptedException {
        Path out = Path.of(prefix + ".out");
        Path err = Path.of(prefix + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        // A miscompiled program may print any bytes: decode leniently rather than fail on them.
        return new Run(new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(err), StandardCharsets.UTF_8),
                finished ? p.exitValue() : -1);
    }
}
