package dev.moka.assembler.bench;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.compiler.ClassLibrary;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one benchmark program on both sides, one process after the other so they never share the
 * CPUs: javac, Moka's Linux executable builder, then a run of each side with its output kept (the
 * two must agree), a timed run of each side with its output discarded, and HotSpot's steady state:
 * {@code main} run four times in one JVM by the {@code SteadyState} harness, the fourth timed.
 * Moka's timed runs ask the executable for its heap summary ({@link GcSummary}), so the time its
 * collections took is reported apart.
 */
public final class BenchRunner {
    /** No benchmark should get near this; it only stops a hung child. */
    private static final long TIMEOUT_SECONDS = 300;
    private static final String HARNESS = "SteadyState";
    private static final String STEADY = "steady-ns: ";

    private final Path workDir;
    private final boolean quick;
    private final int repeats;
    private final Path javaHome = Path.of(System.getProperty("java.home"));
    /** Starts of the executable that only exits that {@link #launchOverheadNanos} times. */
    private static final int LAUNCH_TRIALS = 15;
    /** A whole-process time is never taken below this once the launch overhead is subtracted. */
    private static final long LEAST_PROCESS_NANOS = 100_000;
    private long launchOverhead = -1;

    /**
     * @param workDir where each program's sources, classes and executable are written
     * @param quick   whether the programs get their small sizes
     */
    public BenchRunner(Path workDir, boolean quick) {
        this(workDir, quick, 1);
    }

    /**
     * @param workDir where each program's sources, classes and executable are written
     * @param quick   whether the programs get their small sizes
     * @param repeats how many times each timed run is made; the shortest counts, which keeps the
     *                figures steady on a machine that other work shares
     */
    public BenchRunner(Path workDir, boolean quick, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        this.workDir = workDir;
        this.quick = quick;
        this.repeats = repeats;
    }

    /**
     * @param program the program to run
     * @return both sides' times, or a failed result saying which step went wrong
     */
    public BenchResult run(BenchProgram program) {
        try {
            Path dir = Files.createDirectories(workDir.resolve(program.name()));
            Path classes = compileJava(program.sourceFileName(), program.source(), dir.resolve("classes"), dir);
            Path harness = compileJava(HARNESS + ".java", BenchProgram.resource(HARNESS + ".java"),
                    dir.resolve("harness"), dir);
            Path exe = dir.resolve(program.name());
            // With its methods named, a kept executable can be profiled as it is (perf record); the
            // symbol table is not loaded, so the program that runs is the same.
            Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), program.mainClass(),
                    new LinuxExecutableBuilder.Options(ProviderCatalog.heapPlanClass(program.heapPlan()).getName(),
                            program.heapBytes(), false, ClassLibrary.MOKA, true)));
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));

            List<String> moka = new ArrayList<>(List.of(exe.toString()));
            moka.addAll(program.arguments(quick));
            List<String> hotspot = new ArrayList<>(List.of(java(), "-cp", classes.toString(), program.mainClass()));
            hotspot.addAll(program.arguments(quick));

            ProcessRun mokaOutput = succeeded(ProcessRun.run(moka, dir, "moka", TIMEOUT_SECONDS), "moka");
            ProcessRun hotspotOutput = succeeded(ProcessRun.run(hotspot, dir, "hotspot", TIMEOUT_SECONDS), "hotspot");
            long mokaRounds = 0;
            long hotspotRounds = 0;
            String check;
            if (program.kind() == BenchProgram.Kind.SELF_TIMED) {
                ProgramOutput mokaParsed = parse(mokaOutput, "moka");
                ProgramOutput hotspotParsed = parse(hotspotOutput, "hotspot");
                String difference = BenchResult.checkDifference(program.name(), mokaParsed, hotspotParsed);
                if (difference != null) {
                    return BenchResult.failed(program, difference);
                }
                mokaRounds = mokaParsed.nanos();
                hotspotRounds = hotspotParsed.nanos();
                check = mokaParsed.check();
            } else {
                String difference = OutputDifference.describe(mokaOutput.stdout(), hotspotOutput.stdout());
                if (difference != null) {
                    return BenchResult.failed(program, difference);
                }
                check = OutputDifference.firstLine(hotspotOutput.stdout());
            }

            List<String> steady = new ArrayList<>(List.of(java(), "-cp",
                    classes + java.io.File.pathSeparator + harness, HARNESS, program.mainClass()));
            steady.addAll(program.arguments(quick));
            long mokaProcess = Long.MAX_VALUE;
            GcSummary mokaGc = null;
            long hotspotProcess = Long.MAX_VALUE;
            long hotspotSteady = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                ProcessRun timed = succeeded(ProcessRun.runDiscardingOutput(moka, dir, "moka-timed",
                        TIMEOUT_SECONDS, Map.of(GcSummary.VARIABLE, "1")), "moka");
                if (timed.nanos() < mokaProcess) {
                    mokaProcess = timed.nanos();
                    mokaGc = GcSummary.parse(timed.stderr());
                }
                hotspotProcess = Math.min(hotspotProcess, succeeded(ProcessRun.runDiscardingOutput(hotspot, dir,
                        "hotspot-timed", TIMEOUT_SECONDS), "hotspot").nanos());
                hotspotSteady = Math.min(hotspotSteady, steadyNanos(succeeded(ProcessRun.run(steady, dir,
                        "hotspot-steady", TIMEOUT_SECONDS), "hotspot steady state")));
            }
            long overhead = launchOverheadNanos();
            mokaProcess = Math.max(LEAST_PROCESS_NANOS, mokaProcess - overhead);
            hotspotProcess = Math.max(LEAST_PROCESS_NANOS, hotspotProcess - overhead);
            return new BenchResult(program.name(), program.kind(), mokaProcess, mokaGc, hotspotProcess,
                    hotspotSteady, mokaRounds, hotspotRounds, check, null);
        } catch (BuildException e) {
            return BenchResult.failed(program, "moka cannot compile it: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return BenchResult.failed(program, e.getMessage());
        }
    }

    /**
     * @return what starting a process and waiting for it costs the bench by itself (see
     *         {@link LaunchOverhead}), measured on first use: it is subtracted from every whole-process time
     * @throws IOException when the executable that only exits cannot be written or run
     */
    public long launchOverheadNanos() throws IOException {
        if (launchOverhead < 0) {
            launchOverhead = LaunchOverhead.measure(workDir, LAUNCH_TRIALS);
        }
        return launchOverhead;
    }

    private String java() {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    private Path compileJava(String fileName, String text, Path classes, Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path source = sources.resolve(fileName);
        Files.writeString(source, text, StandardCharsets.UTF_8);
        Files.createDirectories(classes);
        List<String> javac = List.of(javaHome.resolve("bin").resolve("javac").toString(),
                "--release", "21", "-g", "-d", classes.toString(), source.toString());
        ProcessRun compiled = ProcessRun.run(javac, dir, "javac", TIMEOUT_SECONDS);
        if (compiled.status() != 0) {
            throw new IOException("javac failed: " + compiled.errorSummary());
        }
        return classes;
    }

    private static ProcessRun succeeded(ProcessRun run, String side) throws IOException {
        if (run.status() != 0) {
            throw new IOException(side + " exited with status " + run.status() + ": " + run.errorSummary());
        }
        return run;
    }

    private static ProgramOutput parse(ProcessRun run, String side) throws IOException {
        try {
            return ProgramOutput.parse(run.stdout());
        } catch (IllegalArgumentException e) {
            throw new IOException(side + ": " + e.getMessage(), e);
        }
    }

    private static long steadyNanos(ProcessRun run) throws IOException {
        for (String line : run.stdout().split("\n")) {
            if (line.startsWith(STEADY)) {
                try {
                    long nanos = Long.parseLong(line.substring(STEADY.length()).trim());
                    if (nanos > 0) {
                        return nanos;
                    }
                } catch (NumberFormatException e) {
                    throw new IOException("malformed line: " + line, e);
                }
            }
        }
        throw new IOException("the steady-state harness printed no time: " + run.errorSummary());
    }
}
