package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.MokaCli;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The default system booted both ways with the same input typed on its console: natively, its
 * programs compiled and run in ring 3 under QEMU; hosted, the same programs run as Java classes
 * through relibc's hosted binding. Everything printed must be the same, but for the figures
 * {@link ReportLines} names and the device drivers, and so must the shell's exit status. The
 * simulated machine has no PCI bus, CMOS clock or PS/2 controller and gives programs no port I/O:
 * hosted, {@code rtcd}, {@code pcid} and {@code ps2d} say so and end at boot (and init's waits for
 * their schemes time out), where natively they run and {@code ps} lists them. Those lines are
 * checked on their own side and left out of the comparison.
 */
class ShellParityTest {
    private static final String TYPED = """
            echo hi | cat
            ls initfs:bin
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
        for (String driver : DRIVERS) {
            assertTrue(hosted.out().contains(driver + ": this machine gives programs no port I/O: no device to drive\n"), report);
        }
        for (String daemon : java.util.List.of("pcid", "ps2d")) { // rtcd sets the clock and ends
            assertTrue(natively.out().lines().anyMatch(line -> line.matches("\\d+ +1 +\\w+ +" + daemon)), report);
        }
        assertEquals(withoutDrivers(ReportLines.comparable(natively.out())), withoutDrivers(ReportLines.comparable(hosted.out())),
                report);
    }

    /** The drivers of the PC's devices, which only a native boot has. */
    private static final java.util.List<String> DRIVERS = java.util.List.of("rtcd", "pcid", "ps2d");

    /** The lines only the drivers' presence or absence makes: their messages, init's waits for them, their ps rows. */
    private static java.util.List<String> withoutDrivers(java.util.List<String> lines) {
        return lines.stream()
                .filter(line -> DRIVERS.stream().noneMatch(driver -> line.startsWith(driver + ": ")
                        || line.matches("\\d+ +1 +\\w+ +" + driver)))
                .filter(line -> !line.matches("init: line \\d+: await (pci|input):: no daemon registered it in \\d+ ms"))
                .toList();
    }
}
