package dev.moka.assembler.cli;

import picocli.CommandLine.Mixin;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.compiler.ClassLibrary;
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

    @Option(names = "--heap", paramLabel = "PLAN", defaultValue = "mark-sweep",
            description = "Heap plan: mark-sweep (collects) or bump (never collects). Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--heap-size", paramLabel = "SIZE", defaultValue = "1G", converter = HeapSize.Converter.class,
            description = "Heap size, such as 64M or 1G (1M to 64G). Default: ${DEFAULT-VALUE}.")
    HeapSize heapSize;

    @Option(names = "--verify-heap", description = "Check the heap after every collection (slow; for debugging).")
    boolean verifyHeap;

    @Option(names = "--symbols", description = "Name the compiled methods in an ELF symbol table, for perf, objdump "
            + "and gdb (the code that runs is the same).")
    boolean symbols;

    @Option(names = "--class-library", paramLabel = "LIBRARY", defaultValue = "moka",
            description = "Where java.* classes come from: moka (Moka's runtime library) or jdk (Moka's, then the "
                    + "bytecode of the running JDK's java.base for what Moka lacks; a prototype). Default: ${DEFAULT-VALUE}.")
    String classLibrary;

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
        ClassLibrary library = switch (classLibrary) {
            case "moka" -> ClassLibrary.MOKA;
            case "jdk" -> ClassLibrary.JDK_FALLBACK;
            default -> null;
        };
        if (library == null) {
            err.println("moka: unknown class library \"" + classLibrary + "\"; available: moka, jdk");
            err.flush();
            return ExitCodes.ERROR;
        }
        long start = System.nanoTime();
        // An outside heap plan's classes are compiled too: its modules join the class path.
        entries.addAll(modulePath.install().entries());
        String planClass = ProviderCatalog.heapPlanClass(heap).getName();
        byte[] executable = LinuxExecutableBuilder.build(entries, mainClass,
                new LinuxExecutableBuilder.Options(planClass, heapSize.bytes(), verifyHeap, library, symbols));
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
