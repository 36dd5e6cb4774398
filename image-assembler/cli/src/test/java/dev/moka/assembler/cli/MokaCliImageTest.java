package dev.moka.assembler.cli;

import static dev.moka.assembler.cli.MokaCliTest.moka;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.MokaCliTest.Outcome;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that build or boot a kernel: they need the compiler and the hosted machine to work. */
class MokaCliImageTest {
    private static final byte[] ELF_MAGIC = {0x7F, 'E', 'L', 'F'};

    @TempDir
    Path dir;

    @Test
    void assembleWritesAnElfImageAndReportsProgress() throws IOException {
        Path image = dir.resolve("out/kernel.elf");
        Outcome outcome = moka("assemble", "--config", "../../config/default.toml", "--out", image.toString());
        assertEquals(ExitCodes.SUCCESS, outcome.exitCode(), outcome.err());
        byte[] bytes = Files.readAllBytes(image);
        assertArrayEquals(ELF_MAGIC, Arrays.copyOf(bytes, ELF_MAGIC.length));
        assertTrue(outcome.err().contains("methods"), outcome.err());
        assertTrue(outcome.err().contains(bytes.length + "-byte multiboot image"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void runHostedBootsTheDefaultImageToTheShellWhichEndsWithItsInput() {
        Outcome outcome = moka("run", "--hosted");
        assertEquals(ExitCodes.SUCCESS, outcome.exitCode(), outcome.err() + outcome.out());
        assertTrue(outcome.out().contains("boot: "), "the kernel did not start init:\n" + outcome.out());
        assertTrue(outcome.err().contains("moka: system shut down with status 0"), outcome.err());
    }

    @Test
    void runHostedTypesStandardInputOnTheConsoleAndExitsWithTheShellsStatus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] typed = "echo hi | cat\nfalse; echo $?\nexit 3\n".getBytes(StandardCharsets.UTF_8);
        int exitCode = MokaCli.execute(new String[] {"run", "--hosted"}, new ByteArrayInputStream(typed), out, err);
        String serial = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, exitCode, err + serial);
        assertTrue(serial.contains("\nhi\n1\n"), serial);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("moka: system shut down with status 3"), err.toString());
    }

    @Test
    void runHostedBootsMachinesOfAnySizeTheFlagAccepts() {
        for (String memory : new String[] {"4G", "64G", "999999999G"}) {
            Outcome outcome = moka("run", "--hosted", "--memory", memory);
            assertEquals(ExitCodes.SUCCESS, outcome.exitCode(), memory + ": " + outcome.err() + outcome.out());
            assertTrue(outcome.out().contains("memory: 3145215 KiB usable\n"), outcome.out());
            assertTrue(outcome.out().contains(" KiB not mapped at boot, left unused\n"), outcome.out());
        }
    }

    @Test
    void qemuThatRejectsItsOptionsIsAnErrorNotAKernelFailure() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
        Outcome outcome = moka("run", "--qemu-arg=-no-such-option");
        assertEquals(ExitCodes.ERROR, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("moka: QEMU could not start the machine (exit status 1): "), outcome.err());
        assertTrue(outcome.err().contains("-no-such-option"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void runBootsTheDefaultImageToTheShellWhichEndsWithItsInput() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
        Outcome outcome = moka("run");
        assertEquals(ExitCodes.SUCCESS, outcome.exitCode(), outcome.err() + outcome.out());
        assertTrue(outcome.out().contains("boot: "), "the kernel did not start init:\n" + outcome.out());
        assertTrue(outcome.err().contains("moka: system shut down with status 0"), outcome.err());
    }
}
