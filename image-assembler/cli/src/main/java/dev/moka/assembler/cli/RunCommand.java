package dev.moka.assembler.cli;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.ConsoleInput;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageAssembler;
import dev.moka.assembler.qemu.MemorySize;
import dev.moka.assembler.qemu.QemuOptions;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import dev.moka.kernel.api.arch.ImageFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code moka run}: assembles an image and boots it in QEMU, or boots the same kernel hosted on the
 * JVM. The serial console goes to standard output; progress and verdict go to standard error.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Assembles an image and boots it in QEMU (or hosted on the JVM with --hosted), "
                + "streaming the serial console to standard output.")
final class RunCommand implements Callable<Integer> {
    /** The image's file name when it is a Multiboot kernel. */
    static final String KERNEL_FILE = "kernel.elf";
    /** The image's file name when it is a disk. */
    static final String DISK_FILE = "disk.img";
    /** The symbol file's name, next to the image. */
    static final String SYMBOL_FILE = "kernel.sym.elf";

    @Mixin
    ConfigOption config;

    @Mixin
    ModulePathOption modulePath;

    @Mixin
    FormatOption format;

    @Option(names = "--hosted", description = "Boot on the JVM's simulated machine instead of QEMU.")
    boolean hosted;

    @Option(names = "--gdb", description = "Start QEMU with a gdb stub and the CPU stopped until gdb continues it; "
            + "write a symbol file next to the image and print how to attach. No time limit unless --timeout is given.")
    boolean gdb;

    @Option(names = "--gdb-port", paramLabel = "PORT", defaultValue = "" + QemuOptions.DEFAULT_GDB_PORT,
            description = "The gdb stub's TCP port on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
    int gdbPort;

    @Option(names = {"-m", "--memory"}, paramLabel = "SIZE", defaultValue = QemuOptions.DEFAULT_MEMORY,
            converter = MemorySizeConverter.class, description = "RAM of the machine, such as 128M or 1G. Default: ${DEFAULT-VALUE}.")
    MemorySize memory;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop QEMU after this many seconds and count the run as failed. Default: ${DEFAULT-VALUE}; "
                    + "for an image that boots to a shell, none when a person types at a terminal, else 900.")
    int timeoutSeconds;

    @Option(names = "--icount", description = "Run QEMU with -icount shift=0,sleep=off, so the time-stamp counter counts "
            + "guest instructions (what sysbench and the boot figure report) and runs repeat exactly.")
    boolean icount;

    @Option(names = "--qemu", paramLabel = "PATH",
            description = "The QEMU binary to boot with. Default: qemu-system-x86_64 on PATH.")
    Path qemuBinary;

    @Option(names = "--qemu-arg", paramLabel = "ARG",
            description = "An extra QEMU argument, repeatable, such as --qemu-arg=-icount --qemu-arg=shift=0.")
    List<String> qemuArgs = new ArrayList<>();

    @ParentCommand
    MokaCli moka;

    /** How long a shell fed from a pipe or file may run without --timeout: room for usertests. */
    static final Duration SCRIPTED_SHELL_TIMEOUT = Duration.ofSeconds(900);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive");
        }
        if (hosted && (gdb || given("--format"))) {
            throw new ParameterException(spec.commandLine(), (gdb ? "--gdb" : "--format")
                    + " is for runs in QEMU; --hosted compiles nothing and boots no image");
        }
        if (gdbPort < 1 || gdbPort > 0xFFFF) {
            throw new ParameterException(spec.commandLine(), "--gdb-port must be 1-65535");
        }
        PrintWriter err = spec.commandLine().getErr();
        modulePath.install();
        ImageConfig image = config.load();
        String version = MokaVersion.current();
        return hosted ? runHosted(image, version, err) : runInQemu(image, version, err);
    }

    private int runHosted(ImageConfig image, String version, PrintWriter err) throws Exception {
        err.println("moka: booting " + config.displayName() + " hosted (" + Assembly.describe(image) + ", "
                + memory + ")");
        err.flush();
        long start = System.nanoTime();
        // An image with programs boots to init and the shell: standard input is typed on its console.
        ConsoleInput console = image.userland() != null ? ConsoleInput.of(moka.stdin()) : null;
        HostedResult result = HostedRunner.run(image, version, memory.bytes(), console, moka.stdout());
        moka.stdout().flush();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (result.shutdownStatus() != HostedResult.NO_STATUS) {
            return verdict(err, result.shutdownStatus(), result.verdict(took));
        }
        return verdict(err, result.success() ? ExitCodes.SUCCESS : ExitCodes.KERNEL_FAILURE, result.verdict(took));
    }

    private int runInQemu(ImageConfig image, String version, PrintWriter err) throws Exception {
        // Look for QEMU first: there is no point compiling a kernel that cannot be booted.
        QemuRunner qemu = qemuBinary != null ? QemuRunner.at(qemuBinary) : QemuRunner.locate();
        ImageFormat kind = format.format;
        ImageAssembler.Result assembled = Assembly.build(image, config.displayName(), modulePath.entries(), version,
                kind, err);
        // A fixed file name: QEMU hands a Multiboot kernel's name to it as its command line (see QemuRunner).
        Path folder = Files.createTempDirectory("moka-");
        Path file = folder.resolve(kind == ImageFormat.DISK ? DISK_FILE : KERNEL_FILE);
        Path symbols = folder.resolve(SYMBOL_FILE);
        try {
            Files.write(file, assembled.image());
            Duration limit = given("--timeout") ? Duration.ofSeconds(timeoutSeconds)
                    : gdb || image.userland() != null && Terminal.isInteractive() ? QemuOptions.NO_TIMEOUT
                    : image.userland() != null ? SCRIPTED_SHELL_TIMEOUT : Duration.ofSeconds(timeoutSeconds);
            List<String> extra = new ArrayList<>();
            if (icount) {
                // sleep=off: an idle CPU jumps to the next timer deadline instead of waiting in real
                // time, so the counter, and with it the boot figure, is the same in every run.
                extra.addAll(List.of("-icount", "shift=0,sleep=off"));
            }
            extra.addAll(qemuArgs);
            QemuOptions options = new QemuOptions(memory.toQemuArgument(), limit, extra, kind, gdb ? gdbPort : 0);
            err.println("moka: booting in QEMU (in " + folder + "): "
                    + String.join(" ", qemu.commandLineInFolder(file, options)));
            if (gdb) {
                Files.write(symbols, assembled.symbolFile());
                err.println("moka: the CPU waits for gdb on " + QemuRunner.GDB_HOST + ":" + gdbPort + "; attach with: gdb "
                        + symbols + " -ex 'target remote " + QemuRunner.GDB_HOST + ":" + gdbPort + "'");
            }
            err.flush();
            QemuResult result = qemu.run(file, options, moka.stdin(), moka.stdout(), moka.stderr());
            moka.stdout().flush();
            return qemuVerdict(result, err);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(symbols);
            Files.deleteIfExists(folder);
        }
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private int qemuVerdict(QemuResult result, PrintWriter err) {
        if (result.shutdownStatus() >= 0) {
            return verdict(err, result.shutdownStatus(), result.verdict(Duration.ofSeconds(timeoutSeconds)));
        }
        return verdict(err, result.success() ? ExitCodes.SUCCESS : ExitCodes.KERNEL_FAILURE,
                result.verdict(Duration.ofSeconds(timeoutSeconds)));
    }

    private static int verdict(PrintWriter err, int exitCode, String message) {
        err.println("moka: " + message);
        err.flush();
        return exitCode;
    }
}
