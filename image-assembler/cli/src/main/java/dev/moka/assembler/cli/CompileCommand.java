package dev.moka.assembler.cli;

import picocli.CommandLine.Mixin;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import dev.moka.assembler.qemu.MemorySize;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moka compile}: compiles a Java program to a native executable with no JVM. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compiles a program's main(String[]) to a static native executable.")
final class CompileCommand implements Callable<Integer> {
    /** The only target this command knows today. */
    static final String LINUX = "linux-x86_64";

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "Target: " + LINUX + ".")
    String target;

    @Option(names = {"-cp", "--class-path"}, required = true, paramLabel = "CP",
            description = "Jars and directories with the program's classes, separated by ':'.")
    String classPath;

    @Option(names = "--main", required = true, paramLabel = "CLASS", description = "The class with main(String[]).")
    String mainClass;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "EXE", description = "Where to write the executable.")
    Path out;

    @Option(names = "--heap", paramLabel = "PLAN", defaultValue = "bump",
            description = "Heap plan: bump (no collection) or mark-sweep. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--heap-size", paramLabel = "SIZE", defaultValue = "1G",
            description = "Heap size, such as 64M or 1G. Default: ${DEFAULT-VALUE}.")
    String heapSize;

    @Option(names = "--verify-heap", description = "Check the heap after every collection (slow; for debugging).")
    boolean verifyHeap;

    @Mixin
    ModulePathOption modulePath;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!target.equals(LINUX)) {
            err.println("moka: unknown target \"" + target + "\"; available: " + LINUX);
            err.flush();
            return ExitCodes.ERROR;
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        long start = System.nanoTime();
        // An outside heap plan's classes are compiled too: its modules join the class path.
        entries.addAll(modulePath.install().entries());
        String planClass = ProviderCatalog.heapPlanClass(heap).getName();
        byte[] executable = LinuxExecutableBuilder.build(entries, mainClass, planClass, MemorySize.parse(heapSize).bytes(),
                verifyHeap);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, executable);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        err.println("moka: wrote " + out + " (" + executable.length + " bytes) in "
                + Assembly.seconds(Duration.ofNanos(System.nanoTime() - start)));
        err.flush();
        return ExitCodes.SUCCESS;
    }
}
