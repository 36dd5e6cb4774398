package dev.moka.assembler.qemu;

import dev.moka.kernel.api.arch.ImageFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's process handling, checked against small shell scripts that stand in for QEMU. */
class QemuRunnerTest {
    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void theExitConventionIsValueShiftedLeftWithTheLowBitSet() {
        assertEquals(33, QemuRunner.SUCCESS_EXIT_CODE);
        assertEquals(35, QemuRunner.FAILURE_EXIT_CODE);
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, QemuRunner.exitCodeFor(QemuRunner.KERNEL_SUCCESS_VALUE));
    }

    @Test
    void theCommandLineHasTheFixedPartThenTheExtraArguments() {
        QemuRunner runner = new QemuRunner(Path.of("/opt/qemu"));
        QemuOptions options = QemuOptions.defaults().withMemory("256M").withExtraArgs(List.of("-icount", "shift=0"));
        assertEquals(List.of("/opt/qemu", "-kernel", "kernel.elf", "-serial", "stdio", "-display", "none",
                        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-m", "256M", "-no-reboot",
                        "-debugcon", "file:debugcon.txt",
                        "-icount", "shift=0"),
                runner.commandLine(Path.of("kernel.elf"), options));
    }

    @Test
    void aDiskIsAttachedAsARawDriveAndTheGdbStubListensOnLoopbackWithTheCpuStopped() {
        QemuRunner runner = new QemuRunner(Path.of("/opt/qemu"));
        QemuOptions options = QemuOptions.defaults().withFormat(ImageFormat.DISK).withGdbPort(4321);
        assertEquals(List.of("/opt/qemu", "-drive", "format=raw,file=disks/a,,b.img", "-serial", "stdio",
                        "-display", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-m", "128M",
                        "-no-reboot", "-debugcon", "file:debugcon.txt", "-gdb", "tcp:127.0.0.1:4321", "-S"),
                runner.commandLine(Path.of("disks/a,b.img"), options));
    }

    @Test
    void findsAnExecutableOnThePath() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Files.writeString(plain.resolve("tool"), "not executable");
        Path tool = bin.resolve("tool");
        Files.writeString(tool, "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        String path = String.join(":", empty.toString(), "", plain.toString(), bin.toString());
        assertEquals(Optional.of(tool), QemuRunner.findOnPath(path, "tool"));
        assertEquals(Optional.empty(), QemuRunner.findOnPath(empty.toString(), "tool"));
        assertEquals(Optional.empty(), QemuRunner.findOnPath(null, "tool"));
    }

    @Test
    void aMissingQemuSaysHowToInstallIt() {
        String message = assertThrows(QemuException.class, () -> QemuRunner.locate(dir.toString())).getMessage();
        assertEquals("qemu-system-x86_64 is required: apt-get install -y --no-install-recommends qemu-system-x86",
                message);
    }

    @Test
    void serialOutputIsStreamedAndCapturedAndExit33IsSuccess() throws Exception {
        Path fake = script("qemu", "printf 'hello\\n'; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; exit 33");
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        QemuRunner runner = new QemuRunner(fake);
        Path image = dir.resolve("kernel.elf");
        QemuResult result = runner.run(image, QemuOptions.defaults(), serial, new ByteArrayOutputStream());
        assertTrue(result.success());
        assertFalse(result.timedOut());
        assertEquals(33, result.exitCode());
        List<String> lines = result.serialOutput().lines().toList();
        // QEMU runs in the image's folder with the file name alone, so the kernel's command line is the same wherever the image lies.
        List<String> command = runner.commandLineInFolder(image, QemuOptions.defaults());
        assertEquals("kernel.elf", command.get(2));
        assertEquals("hello", lines.get(0));
        assertEquals(command.subList(1, command.size()), lines.subList(1, lines.size()));
        assertEquals(result.serialOutput(), serial.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exit35IsAFailureAndStandardErrorIsKeptApart() throws Exception {
        Path fake = script("qemu", "echo serial; echo 'qemu: warning' >&2; exit 35");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        QemuResult result = new QemuRunner(fake).run(dir.resolve("k"), QemuOptions.defaults(),
                new ByteArrayOutputStream(), diagnostics);
        assertFalse(result.success());
        assertEquals(35, result.exitCode());
        assertEquals("serial\n", result.serialOutput());
        assertEquals("qemu: warning\n", diagnostics.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRunPastItsTimeLimitIsStoppedAndReported() throws Exception {
        Path fake = script("qemu", "echo started; exec sleep 30");
        QemuOptions options = QemuOptions.defaults().withTimeout(Duration.ofMillis(300));
        QemuResult result = new QemuRunner(fake).run(dir.resolve("k"), options, new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        assertTrue(result.timedOut());
        assertFalse(result.success());
        assertEquals("started\n", result.serialOutput());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(10)) < 0, result.elapsed().toString());
    }

    @Test
    void qemuThatFailsBeforeTheGuestPrintsIsAQemuErrorWithItsLastMessage() throws IOException {
        Path fake = script("qemu", "echo 'qemu: warning' >&2; echo 'qemu: -bogus: invalid option' >&2; exit 1");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        String message = assertThrows(QemuException.class, () -> new QemuRunner(fake).run(dir.resolve("k"),
                QemuOptions.defaults(), new ByteArrayOutputStream(), diagnostics)).getMessage();
        assertEquals("QEMU could not start the machine (exit status 1): qemu: -bogus: invalid option", message);
        assertTrue(diagnostics.toString(StandardCharsets.UTF_8).contains("qemu: warning"), "still streamed");
    }

    @Test
    void status1AfterTheGuestPrintedIsAnOrdinaryResult() throws Exception {
        Path fake = script("qemu", "echo 'Moka 0.1.0'; exit 1");
        QemuResult result = new QemuRunner(fake).run(dir.resolve("k"), QemuOptions.defaults(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertEquals(1, result.exitCode());
        assertFalse(result.success());
    }

    @Test
    void aBinaryNamedByTheUserMustBeAnExecutableFile() throws Exception {
        Path missing = dir.resolve("no-qemu");
        assertEquals("cannot start " + missing + ": no executable file there",
                assertThrows(QemuException.class, () -> QemuRunner.at(missing)).getMessage());
        Path fake = script("qemu", "exit 33");
        assertEquals(fake, QemuRunner.at(fake).executable());
    }

    @Test
    void aBinaryThatCannotStartIsAQemuError() {
        QemuRunner runner = new QemuRunner(dir.resolve("nothing-here"));
        String message = assertThrows(QemuException.class, () -> runner.run(dir.resolve("k"), QemuOptions.defaults(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).getMessage();
        assertTrue(message.startsWith("cannot start " + dir.resolve("nothing-here")), message);
    }
}
