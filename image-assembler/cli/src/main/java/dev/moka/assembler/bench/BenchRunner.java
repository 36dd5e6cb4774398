package dev.moka.assembler.bench;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one benchmark program on both sides: javac, Moka's Linux executable builder, the executable,
 * then HotSpot on the same class files, one after the other so they never share the CPUs.
 */
public final class BenchRunner {
    /** No benchmark should get near this; it only stops a hung child. */
    private static final long TIMEOUT_SECONDS = 300;

    private final Path workDir;
    private final boolean quick;
    private final Path javaHome = Path.of(System.getProperty("java.home"));

    /**
     * @param workDir where each program's sources, classes and executable are written
     * @param quick   whether the programs get their small sizes
     */
    public BenchRunner(Path workDir, boolean quick) {
        this.workDir = workDir;
        this.quick = quick;
    }

    /**
     * @param program the program to run
     * @return both sides' times, or a failed result saying which step went wrong
     */
    public BenchResult run(BenchProgram program) {
        try {
            Path dir = Files.createDirectories(workDir.resolve(program.name()));
            Path classes = compileJava(program, dir);
            Path exe = dir.resolve(program.name());
            Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), BenchProgram.MAIN_CLASS,
                    ProviderCatalog.heapPlanClass(program.heapPlan()).getName(), program.heapBytes(), false));
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));

            List<String> native_ = new ArrayList<>(List.of(exe.toString()));
            native_.addAll(program.arguments(quick));
            ProgramOutput moka = output(ProcessRun.run(native_, dir, "moka", TIMEOUT_SECONDS), "moka");

            List<String> jvm = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                    "-cp", classes.toString(), BenchProgram.MAIN_CLASS));
            jvm.addAll(program.arguments(quick));
            ProgramOutput hotspot = output(ProcessRun.run(jvm, dir, "hotspot", TIMEOUT_SECONDS), "hotspot");
            return BenchResult.compare(program.name(), moka, hotspot);
        } catch (BuildException e) {
            return BenchResult.failed(program.name(), "moka cannot compile it: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return BenchResult.failed(program.name(), e.getMessage());
        }
    }

    private Path compileJava(BenchProgram program, Path dir) throws IOException {
        Path source = dir.resolve(BenchProgram.MAIN_CLASS + ".java");
        Files.writeString(source, program.source(), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> javac = List.of(javaHome.resolve("bin").resolve("javac").toString(),
                "--release", "21", "-g", "-d", classes.toString(), source.toString());
        ProcessRun compiled = ProcessRun.run(javac, dir, "javac", TIMEOUT_SECONDS);
        if (compiled.status() != 0) {
            throw new IOException("javac failed: " + compiled.errorSummary());
        }
        return classes;
    }

    private static ProgramOutput output(ProcessRun run, String side) throws IOException {
        if (run.status() != 0) {
            throw new IOException(side + " exited with status " + run.status() + ": " + run.errorSummary());
        }
        try {
            return ProgramOutput.parse(run.stdout());
        } catch (IllegalArgumentException e) {
            throw new IOException(side + ": " + e.getMessage(), e);
        }
    }
}
