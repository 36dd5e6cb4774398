package dev.moka.assembler.qemu;

import dev.moka.kernel.api.arch.ImageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Boots a kernel image in {@code qemu-system-x86_64} and reports how it ended.
 *
 * <p>The command line is {@code qemu-system-x86_64 -kernel IMAGE -serial stdio -display none
 * -device isa-debug-exit,iobase=0xf4,iosize=0x04 -m MEMORY -no-reboot}, then any extra arguments.
 * A disk image is attached with {@code -drive format=raw,file=IMAGE} instead of {@code -kernel}, and
 * the firmware boots it; a gdb stub adds {@code -gdb tcp:127.0.0.1:PORT -S} (the CPU waits for the
 * debugger). COM1 is QEMU's standard output, which is streamed to the caller as it arrives and kept.
 *
 * <p>QEMU runs in the image's folder and is given only the image's file name: its Multiboot loader
 * passes the kernel's file name to the kernel as the command line, so an image written to a different
 * temporary path would otherwise boot with a command line of another length, and under
 * {@code -icount} run a different number of instructions. Write images under a fixed file name (as
 * {@code moka run} does) and runs of the same image are instruction for instruction the same.
 *
 * <p>Exit convention: the kernel ends a run by writing one byte {@code v} to port {@code 0xf4}, the
 * {@code isa-debug-exit} device, and QEMU then exits with status {@code (v << 1) | 1}. Moka's kernels
 * write {@code 0x10} for success and {@code 0x11} for failure, so QEMU exits with 33 or 35. Every other
 * status means the kernel never got there: 0 after a triple fault (with {@code -no-reboot}), 1 when QEMU
 * itself failed, or the signal status of a run killed at its time limit.
 *
 * <p>QEMU that exits with status 1 before the guest wrote anything on COM1 could not set up the
 * machine (an unknown option, more RAM than the host can give): {@link #run} reports that as a
 * {@link QemuException}, like a binary that cannot be started, because nothing was booted. A Moka
 * kernel prints its version before anything else, so a booted kernel is never taken for this.
 */
public final class QemuRunner {
    /** The QEMU binary looked up on {@code PATH}. */
    public static final String EXECUTABLE = "qemu-system-x86_64";
    /** How to install it on Debian. */
    public static final String INSTALL_COMMAND = "apt-get install -y --no-install-recommends qemu-system-x86";
    /** The I/O port of the {@code isa-debug-exit} device. */
    public static final int DEBUG_EXIT_PORT = 0xf4;
    /** The value the kernel writes to {@link #DEBUG_EXIT_PORT} to report success. */
    public static final int KERNEL_SUCCESS_VALUE = 0x10;
    /** The value the kernel writes to {@link #DEBUG_EXIT_PORT} to report failure. */
    public static final int KERNEL_FAILURE_VALUE = 0x11;
    /** QEMU's exit status after the kernel reported success: {@code (0x10 << 1) | 1}. */
    public static final int SUCCESS_EXIT_CODE = exitCodeFor(KERNEL_SUCCESS_VALUE);
    /** QEMU's exit status after the kernel reported failure: {@code (0x11 << 1) | 1}. */
    public static final int FAILURE_EXIT_CODE = exitCodeFor(KERNEL_FAILURE_VALUE);
    /** The value the kernel writes to {@link #DEBUG_EXIT_PORT} when the system shut down with a status. */
    public static final int KERNEL_SHUTDOWN_VALUE = 0x12;
    /** QEMU's exit status after a shutdown: {@code (0x12 << 1) | 1}. */
    public static final int SHUTDOWN_EXIT_CODE = exitCodeFor(KERNEL_SHUTDOWN_VALUE);
    /**
     * The file, next to the image, that QEMU's debug console ({@code -debugcon}, port 0xe9) writes to:
     * the kernel writes {@code status N} there before a shutdown.
     */
    public static final String STATUS_FILE = "debugcon.txt";
    /** The byte sent to the console when standard input ends: Ctrl-D, the end of input on a terminal. */
    public static final int END_OF_INPUT = 0x04;
    /** Where the gdb stub listens: this machine only. */
    public static final String GDB_HOST = "127.0.0.1";
    /** QEMU's own exit status when it cannot set up the machine. */
    public static final int QEMU_ERROR_EXIT_CODE = 1;

    // After the time limit QEMU is asked to stop, then killed if it has not within this grace period.
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    // The copiers finish once QEMU's pipes close; this only bounds a pathological wait.
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);

    private final Path executable;

    /** @param executable the QEMU binary to run */
    public QemuRunner(Path executable) {
        this.executable = Objects.requireNonNull(executable, "executable");
    }

    /**
     * @return a runner for the {@value #EXECUTABLE} found on {@code PATH}
     * @throws QemuException when there is none, with the command that installs it
     */
    public static QemuRunner locate() throws QemuException {
        return locate(System.getenv("PATH"));
    }

    /**
     * @return a runner for the {@value #EXECUTABLE} found on {@code PATH}, or empty when there is none
     *         (tests that need QEMU skip themselves then)
     */
    public static Optional<QemuRunner> find() {
        return findOnPath(System.getenv("PATH"), EXECUTABLE).map(QemuRunner::new);
    }

    /**
     * @param pathVariable a {@code PATH}-style list of folders, or null
     * @return a runner for the {@value #EXECUTABLE} found in those folders
     * @throws QemuException when there is none, with the command that installs it
     */
    static QemuRunner locate(String pathVariable) throws QemuException {
        return findOnPath(pathVariable, EXECUTABLE).map(QemuRunner::new)
                .orElseThrow(() -> new QemuException(EXECUTABLE + " is required: " + INSTALL_COMMAND));
    }

    /**
     * @param executable a QEMU binary named by the user
     * @return a runner for it
     * @throws QemuException when it is not an executable file
     */
    public static QemuRunner at(Path executable) throws QemuException {
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            throw new QemuException("cannot start " + executable + ": no executable file there");
        }
        return new QemuRunner(executable);
    }

    /**
     * @param pathVariable a {@code PATH}-style list of folders, or null
     * @param name         an executable's file name
     * @return the first executable file of that name in those folders
     */
    static Optional<Path> findOnPath(String pathVariable, String name) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String folder : pathVariable.split(java.io.File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param value the byte a kernel writes to the debug-exit port
     * @return the status QEMU exits with then
     */
    public static int exitCodeFor(int value) {
        return (value << 1) | 1;
    }

    /** @return the QEMU binary this runner starts */
    public Path executable() {
        return executable;
    }

    /**
     * @param image   the kernel image
     * @param options memory, time limit and extra arguments
     * @return the full command line {@link #run} starts
     */
    public List<String> commandLine(Path image, QemuOptions options) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (options.format() == ImageFormat.DISK) {
            // QEMU's option syntax doubles a comma that belongs to a value.
            command.addAll(List.of("-drive", "format=raw,file=" + image.toString().replace(",", ",,")));
        } else {
            command.addAll(List.of("-kernel", image.toString()));
        }
        command.addAll(List.of(
                "-serial", "stdio",
                "-display", "none",
                "-device", "isa-debug-exit,iobase=0x" + Integer.toHexString(DEBUG_EXIT_PORT) + ",iosize=0x04",
                "-m", options.memory(),
                "-no-reboot",
                "-debugcon", "file:" + STATUS_FILE));
        if (options.gdbPort() != 0) {
            command.addAll(List.of("-gdb", "tcp:" + GDB_HOST + ":" + options.gdbPort(), "-S"));
        }
        command.addAll(options.extraArgs());
        return command;
    }

    /**
     * @param image   the kernel image
     * @param options memory, time limit and extra arguments
     * @return the command line {@link #run} starts, in the image's folder
     */
    public List<String> commandLineInFolder(Path image, QemuOptions options) {
        return commandLine(fileName(image), options);
    }

    /** @return the image's file name alone, which QEMU is given in the image's folder */
    private static Path fileName(Path image) {
        Path name = image.toAbsolutePath().getFileName();
        if (name == null) {
            throw new IllegalArgumentException("an image is a file, not " + image);
        }
        return name;
    }

    /**
     * Boots an image and waits for QEMU to exit or for the time limit, whichever comes first.
     *
     * @param image       the kernel image
     * @param options     memory, time limit and extra arguments
     * @param serial      receives COM1 output as it arrives; it is flushed, never closed
     * @param diagnostics receives QEMU's own messages (its standard error)
     * @return how the run ended
     * @throws QemuException        when QEMU cannot be started, or exits with {@link #QEMU_ERROR_EXIT_CODE}
     *                              before the guest printed anything
     * @throws InterruptedException when the calling thread is interrupted; QEMU is killed first
     */
    public QemuResult run(Path image, QemuOptions options, OutputStream serial, OutputStream diagnostics)
            throws QemuException, InterruptedException {
        return run(image, options, null, serial, diagnostics);
    }

    /**
     * Boots an image with {@code input} typed on its serial console: the bytes as they come, then
     * {@link #END_OF_INPUT} when it ends. Without input the console gets the end of input at once.
     * The console's end stays open until QEMU exits, so the guest reads input at its own pace.
     *
     * @param image       the kernel image
     * @param options     memory, time limit and extra arguments
     * @param input       what to type on the console, or null
     * @param serial      receives COM1 output as it arrives; it is flushed, never closed
     * @param diagnostics receives QEMU's own messages (its standard error)
     * @return how the run ended
     * @throws QemuException        when QEMU cannot be started, or exits with {@link #QEMU_ERROR_EXIT_CODE}
     *                              before the guest printed anything
     * @throws InterruptedException when the calling thread is interrupted; QEMU is killed first
     */
    public QemuResult run(Path image, QemuOptions options, InputStream input, OutputStream serial,
                          OutputStream diagnostics) throws QemuException, InterruptedException {
        Path folder = image.toAbsolutePath().getParent();
        ProcessBuilder builder = new ProcessBuilder(commandLine(fileName(image), options))
                .directory(folder == null ? null : folder.toFile());
        long start = System.nanoTime();
        Process qemu;
        try {
            qemu = builder.start();
        } catch (IOException cannotStart) {
            throw new QemuException("cannot start " + executable + ": " + cannotStart.getMessage(), cannotStart);
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        java.util.concurrent.CountDownLatch booted = new java.util.concurrent.CountDownLatch(1);
        Thread serialCopier = StreamCopier.start("qemu-serial", qemu.getInputStream(), serial, captured, booted);
        Thread diagnosticsCopier = StreamCopier.start("qemu-stderr", qemu.getErrorStream(), diagnostics, messages, null);
        Thread typist = ConsoleTypist.start(input, qemu.getOutputStream(), booted);
        boolean timedOut;
        try {
            timedOut = !qemu.waitFor(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
            if (timedOut) {
                stop(qemu);
            }
        } catch (InterruptedException interrupted) {
            qemu.destroyForcibly();
            throw interrupted;
        }
        serialCopier.join(DRAIN_LIMIT.toMillis());
        diagnosticsCopier.join(DRAIN_LIMIT.toMillis());
        typist.interrupt();
        closeQuietly(qemu.getOutputStream());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int exitCode = qemu.exitValue();
        String output;
        synchronized (captured) {
            output = captured.toString(StandardCharsets.UTF_8);
        }
        if (!timedOut && exitCode == QEMU_ERROR_EXIT_CODE && output.isEmpty()) {
            String said;
            synchronized (messages) {
                said = messages.toString(StandardCharsets.UTF_8).strip();
            }
            throw new QemuException("QEMU could not start the machine (exit status " + exitCode + ")"
                    + (said.isEmpty() ? "" : ": " + said.lines().reduce((first, last) -> last).orElse(said)));
        }
        int written = shutdownStatus(folder);
        int shutdownStatus = timedOut || exitCode != SHUTDOWN_EXIT_CODE ? -1 : written;
        return new QemuResult(exitCode, !timedOut && (exitCode == SUCCESS_EXIT_CODE || shutdownStatus == 0), output,
                elapsed, timedOut, shutdownStatus);
    }

    /**
     * {@link #run(Path, QemuOptions, OutputStream, OutputStream)} with QEMU's own messages on this
     * process's standard error.
     *
     * @param image   the kernel image
     * @param options memory, time limit and extra arguments
     * @param serial  receives COM1 output as it arrives
     * @return how the run ended
     * @throws QemuException        when QEMU cannot be started or cannot set up the machine
     * @throws InterruptedException when the calling thread is interrupted; QEMU is killed first
     */
    public QemuResult run(Path image, QemuOptions options, OutputStream serial)
            throws QemuException, InterruptedException {
        return run(image, options, serial, System.err);
    }

    /**
     * Reads and removes the debug console's file.
     *
     * @return the status the kernel wrote to the debug console before it shut down, or -1
     */
    private static int shutdownStatus(Path folder) {
        Path file = (folder == null ? Path.of(".") : folder).resolve(STATUS_FILE);
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            String last = text.substring(text.lastIndexOf('\n') + 1);
            if (last.startsWith("status ")) {
                int status = Integer.parseInt(last.substring("status ".length()));
                return status >= 0 && status <= 255 ? status : -1;
            }
            return -1;
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind changes no result
            }
        }
    }

    private static void stop(Process qemu) throws InterruptedException {
        qemu.destroy();
        if (!qemu.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            qemu.destroyForcibly();
            qemu.waitFor();
        }
    }

    private static void closeQuietly(OutputStream stdin) {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // QEMU reads no input from us; a pipe that is already gone changes nothing.
        }
    }

    /** Copies one of QEMU's output pipes on its own thread, so neither pipe can fill up and stall QEMU. */
    private static final class StreamCopier implements Runnable {
        private final InputStream from;
        private final OutputStream to;
        private final ByteArrayOutputStream capture;
        private final java.util.concurrent.CountDownLatch firstBytes;

        private StreamCopier(InputStream from, OutputStream to, ByteArrayOutputStream capture,
                             java.util.concurrent.CountDownLatch firstBytes) {
            this.from = from;
            this.to = to;
            this.capture = capture;
            this.firstBytes = firstBytes;
        }

        static Thread start(String name, InputStream from, OutputStream to, ByteArrayOutputStream capture,
                            java.util.concurrent.CountDownLatch firstBytes) {
            Thread thread = new Thread(new StreamCopier(from, to, capture, firstBytes), name);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[4096];
            boolean forwarding = true;
            try (from) {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    if (capture != null) {
                        synchronized (capture) {
                            capture.write(buffer, 0, n);
                        }
                    }
                    forwarding = forwarding && forward(buffer, n);
                    if (firstBytes != null) {
                        firstBytes.countDown();
                    }
                }
            } catch (IOException pipeClosed) {
                // QEMU was killed mid-read: what arrived so far is already captured.
            } finally {
                if (firstBytes != null) {
                    firstBytes.countDown();
                }
            }
        }

        // A reader that went away (a closed terminal) must not stop the capture or block QEMU.
        private boolean forward(byte[] buffer, int n) {
            try {
                to.write(buffer, 0, n);
                to.flush();
                return true;
            } catch (IOException readerGone) {
                return false;
            }
        }
    }
}
