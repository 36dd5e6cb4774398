package dev.moka.assembler.cli;

import dev.moka.assembler.bench.BenchProgram;
import dev.moka.assembler.bench.BenchPrograms;
import dev.moka.assembler.bench.BenchReport;
import dev.moka.assembler.bench.BenchResult;
import dev.moka.assembler.bench.BenchRunner;
import dev.moka.assembler.bench.CompileThroughput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code moka bench}: runs the benchmark programs compiled by Moka and on HotSpot and prints the
 * table of whole-process and steady-state times and ratios with their geometric means, then the
 * kernel's compile throughput. Exits with 1 when a benchmark
 * failed (the two sides disagreed or one of them did not run).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times compute programs compiled by Moka against HotSpot on this machine.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Small sizes: checks the machinery, the times mean little.")
    boolean quick;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Run only these benchmarks (comma-separated names).")
    List<String> only;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Make each timed run N times and keep the shortest (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Build in DIR and keep sources, classes and executables (default: a temporary directory, deleted).")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repeat < 1) {
            err.println("moka: --repeat must be at least 1, not " + repeat);
            err.flush();
            return ExitCodes.ERROR;
        }
        List<BenchProgram> programs = new ArrayList<>();
        if (only == null || only.isEmpty()) {
            programs.addAll(BenchPrograms.all());
        } else {
            for (String name : only) {
                var program = BenchPrograms.named(name);
                if (program.isEmpty()) {
                    err.println("moka: no benchmark named \"" + name + "\"; available: "
                            + BenchPrograms.all().stream().map(BenchProgram::name).toList());
                    err.flush();
                    return ExitCodes.ERROR;
                }
                programs.add(program.get());
            }
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("moka-bench");
        List<BenchResult> results = new ArrayList<>();
        long launchOverhead;
        try {
            BenchRunner runner = new BenchRunner(work, quick, repeat);
            launchOverhead = runner.launchOverheadNanos();
            for (BenchProgram program : programs) {
                err.println("moka: bench " + program.name());
                err.flush();
                results.add(runner.run(program));
            }
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
        out.println(BenchReport.table(results));
        out.println(String.format(java.util.Locale.ROOT, "launch overhead: %.1f ms per process (the shortest of"
                + " 15 starts of an executable that only exits), subtracted from both sides' whole-process times",
                launchOverhead / 1e6));
        out.println(CompileThroughput.measureKernel().describe());
        out.flush();
        return results.stream().allMatch(BenchResult::succeeded) ? ExitCodes.SUCCESS : ExitCodes.KERNEL_FAILURE;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
