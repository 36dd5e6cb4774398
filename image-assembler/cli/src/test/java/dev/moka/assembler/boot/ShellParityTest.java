package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.MokaCli;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default system booted both ways with the same input typed on its console: natively, its
 * programs compiled and run in ring 3 under QEMU; hosted, the same programs run as Java classes
 * through relibc's hosted binding. Everything printed must be the same, but for the figures
 * {@link ReportLines} names, and so must the shell's exit status. The device drivers run both ways,
 * against QEMU's PC and against the simulated one, so {@code ps} lists {@code pcid} and {@code ps2d}
 * on each side and {@code ls pci:} gives the same functions.
 */
class ShellParityTest {
    private static final String TYPED = """
            echo hi | cat
            ls initfs:bin
            ls pci:
            cat pci:00.01.1_8086:7010
            uname -a
            false; echo $?
            echo x > file:a
            echo y >> file:a
            cat file:a | wc
            env
            ps
            usertests pipe_roundtrip exitwait efault ebadf kill mmap bad_elf args_env file_ops
            exit 5
            """;

    private record Run(int status, String out, String err) {
    }

    private static Run moka(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MokaCli.execute(args, new ByteArrayInputStream(TYPED.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theShellAndItsProgramsPrintTheSameBothWays() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
        Run natively = moka("run", "--timeout", "300");
        Run hosted = moka("run", "--hosted");
        String report = "--- native (status " + natively.status() + ")\n" + natively.out() + natively.err()
                + "\n--- hosted (status " + hosted.status() + ")\n" + hosted.out() + hosted.err();
        assertEquals(5, natively.status(), report);
        assertEquals(5, hosted.status(), report);
        assertTrue(natively.out().contains("usertests: 9 passed, 0 failed"), report);
        for (String daemon : List.of("pcid", "ps2d")) { // rtcd sets the clock and ends
            assertTrue(natively.out().lines().anyMatch(line -> line.matches("\\d+ +1 +blocked +" + daemon)), report);
        }
        assertTrue(natively.out().contains("\n00.01.1_8086:7010\n"), report);
        assertEquals(ReportLines.comparable(natively.out()), ReportLines.comparable(hosted.out()), report);
    }
}
