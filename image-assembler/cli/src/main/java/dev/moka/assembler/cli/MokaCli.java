package dev.moka.assembler.cli;

import dev.moka.assembler.config.MokaVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code moka} command: {@code moka assemble} writes a kernel image, {@code moka run} boots one.
 *
 * <p>Exit statuses are in {@link ExitCodes}: 0 success, 1 the kernel reported failure (or none), 2 a
 * usage, configuration or build error. Errors are printed as {@code moka: <message>} on standard error.
 */
@Command(name = "moka", mixinStandardHelpOptions = true, versionProvider = MokaCli.Version.class,
        subcommands = {AssembleCommand.class, RunCommand.class, CompileCommand.class, BenchCommand.class, HelpCommand.class},
        description = "Assembles Moka kernel images and boots them in QEMU or hosted on the JVM.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success; for run, the kernel reported success.",
            "1:The kernel reported failure, never reported, or ran past --timeout.",
            "2:Usage, configuration or build error; nothing was booted."})
public final class MokaCli implements Runnable {
    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;

    @Spec
    CommandSpec spec;

    private MokaCli(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command in this JVM with the given standard input, which {@code moka run} connects to
     * the serial console.
     *
     * @param args the command line
     * @param in   standard input, or null for none (the console sees the end of input at once)
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    public static int execute(String[] args, InputStream in, OutputStream out, OutputStream err) {
        CommandLine commandLine = configured(new CommandLine(new MokaCli(in, out, err)), out, err);
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * Runs the command in this JVM, as {@link #main} does, without exiting.
     *
     * @param args the command line
     * @param out  standard output: the kernel's serial console and help text
     * @param err  standard error: progress and errors
     * @return the exit status, one of {@link ExitCodes}
     */
    public static int execute(String[] args, OutputStream out, OutputStream err) {
        CommandLine commandLine = commandLine(out, err);
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * @param out standard output: the kernel's serial console and help text
     * @param err standard error: progress and errors
     * @return the configured command line, ready to execute
     */
    public static CommandLine commandLine(OutputStream out, OutputStream err) {
        return configured(new CommandLine(new MokaCli(null, out, err)), out, err);
    }

    private static CommandLine configured(CommandLine commandLine, OutputStream out, OutputStream err) {
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        // QEMU's own options start with '-' and may look like ours ("-monitor" like "-m onitor"):
        // after --qemu-arg they are QEMU's.
        commandLine.setAllowOptionsAsOptionParameters(true);
        return commandLine;
    }

    /** {@code moka} alone is a usage error: it names no command. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: assemble, run or help");
    }

    /** @return what {@code moka run} sends to the serial console; null for nothing */
    InputStream stdin() {
        return stdin;
    }

    /** @return where the kernel's serial console goes */
    OutputStream stdout() {
        return stdout;
    }

    /** @return where QEMU's own messages go */
    OutputStream stderr() {
        return stderr;
    }

    /** Prints {@code moka VERSION} for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"moka " + MokaVersion.current()};
        }
    }
}
