package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.providers.ProviderCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in this JVM, with its output captured; only the error paths, which boot nothing. */
class MokaCliTest {
    @TempDir
    Path dir;

    /** What one invocation printed and returned. */
    record Outcome(int exitCode, String out, String err) {
    }

    static Outcome moka(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = MokaCli.execute(args, out, err);
        return new Outcome(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path config(String text) throws IOException {
        Path file = dir.resolve("image.toml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() throws IOException {
        Path file = config("[kernel]\nscheduler = \"round-robin\"\nframe-allocator = \n");
        Outcome outcome = moka("assemble", "--config", file.toString(), "--out", dir.resolve("k.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().startsWith("moka: " + file + ":3: "), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void anUnknownKeyIsReportedWithItsLine() throws IOException {
        Path file = config("[kernel]\nschedular = \"round-robin\"\n");
        Outcome outcome = moka("run", "--hosted", "--config", file.toString());
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertEquals("moka: " + file + ":2: unknown key \"schedular\" in [kernel]; known keys: arch, frame-allocator, "
                + "heap, heap-size, scheduler, verify-heap\n", outcome.err());
    }

    @Test
    void anUnknownProviderListsTheAvailableNames() throws IOException {
        Path file = config("[kernel]\nscheduler = \"foo\"\n");
        Outcome outcome = moka("run", "-c", file.toString());
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertEquals("moka: " + file + ":2: unknown scheduler \"foo\"; available: "
                + String.join(", ", ProviderCatalog.schedulerNames()) + "; searched Moka's own modules and the module "
                + "path (none); to use an outside scheduler, add its module with --module-path PATH or MOKA_MODULE_PATH\n",
                outcome.err());
    }

    @Test
    void aMissingConfigFileIsReported() {
        Path missing = dir.resolve("missing.toml");
        Outcome outcome = moka("assemble", "--config", missing.toString(), "--out", dir.resolve("k.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertEquals("moka: " + missing + ": no such file\n", outcome.err());
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        Outcome outcome = moka("run", "--hostd");
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().contains("Unknown option: '--hostd'"), outcome.err());
        assertTrue(outcome.err().contains("--hosted"), "picocli suggests the closest option: " + outcome.err());
    }

    @Test
    void aBadMemorySizeIsAUsageError() {
        Outcome outcome = moka("run", "--hosted", "--memory", "lots");
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().contains("needs a unit"), outcome.err());
    }

    @Test
    void aQemuBinaryThatIsNotThereIsAnErrorBeforeAnythingIsBuilt() {
        Path missing = dir.resolve("bin/qemu-system-x86_64");
        Outcome outcome = moka("run", "--qemu", missing.toString());
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertEquals("moka: cannot start " + missing + ": no executable file there\n", outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void anUnknownImageFormatIsAUsageErrorThatListsTheFormats() {
        Path out = dir.resolve("k.img");
        for (String[] args : List.of(new String[] {"assemble", "--format", "floppy", "--out", out.toString()},
                new String[] {"run", "--format", "floppy"})) {
            Outcome outcome = moka(args);
            assertEquals(ExitCodes.ERROR, outcome.exitCode(), args[0]);
            assertTrue(outcome.err().startsWith("Invalid value for option '--format': unknown image format \"floppy\";"
                    + " formats: multiboot, disk\n"), outcome.err());
            assertEquals("", outcome.out());
        }
        assertTrue(Files.notExists(out), "nothing is written");
    }

    @Test
    void imageAndDebuggerOptionsDoNotGoWithHostedRuns() {
        Outcome format = moka("run", "--hosted", "--format", "disk");
        assertEquals(ExitCodes.ERROR, format.exitCode());
        assertTrue(format.err().startsWith("--format is for runs in QEMU; --hosted compiles nothing"), format.err());
        Outcome gdb = moka("run", "--hosted", "--gdb");
        assertEquals(ExitCodes.ERROR, gdb.exitCode());
        assertTrue(gdb.err().startsWith("--gdb is for runs in QEMU"), gdb.err());
    }

    @Test
    void assembleNeedsAnOutputFile() {
        Outcome outcome = moka("assemble");
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().contains("Missing required option: '--out=IMAGE'"), outcome.err());
    }

    @Test
    void qemuArgumentsMayLookLikeMokaOptions() {
        // "-monitor" would otherwise read as "-m onitor", the memory option with a bad size.
        picocli.CommandLine commandLine = MokaCli.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        picocli.CommandLine.ParseResult parsed = commandLine.parseArgs(
                "run", "--qemu-arg=-monitor", "--qemu-arg", "-m", "--qemu-arg=none");
        assertEquals(List.of("-monitor", "-m", "none"), parsed.subcommand().matchedOptionValue("--qemu-arg", List.of()));
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome outcome = moka();
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().contains("missing command"), outcome.err());
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Outcome outcome = moka("--version");
        assertEquals(ExitCodes.SUCCESS, outcome.exitCode());
        assertEquals("moka " + MokaVersion.current() + "\n", outcome.out());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Outcome outcome = moka("--help");
        assertEquals(ExitCodes.SUCCESS, outcome.exitCode());
        assertTrue(outcome.out().contains("assemble"), outcome.out());
        assertTrue(outcome.out().contains("Exit codes:"), outcome.out());
    }
}
