package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default image as a user meets it: {@code moka run} boots it in QEMU, types its standard input
 * on the serial console, and the shell's answers come back on standard output; the run's exit
 * status is the shell's. Each test reads what the system really printed.
 */
class ShellBootTest {
    private record Outcome(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void qemuIsThere() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
    }

    private static Outcome run(String input, String... flags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[flags.length + 1];
        args[0] = "run";
        System.arraycopy(flags, 0, args, 1, flags.length);
        int status = MokaCli.execute(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines the shell printed: everything after init's greeting. */
    private static List<String> shellLines(Outcome outcome) {
        List<String> lines = outcome.lines();
        int greeting = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Moka: type a command")) {
                greeting = i;
            }
        }
        assertTrue(greeting >= 0, "init's greeting never came:\n" + outcome.out() + outcome.err());
        return lines.subList(greeting + 1, lines.size());
    }

    @Test
    void pipelinesRedirectionsStatusAndExit() {
        Outcome outcome = run("""
                echo hi | cat
                echo one two three | wc
                echo hidden > null:
                echo also hidden | cat > null:
                cat < initfs:etc/init.rc | wc > null:
                false; echo $?
                true; echo $?
                nosuchprogram; echo $?
                X=forty-two; echo "$X and ${X}"
                cd sys:; pwd; cat uname
                exit 7
                echo never
                """, "--timeout", "120");
        assertEquals(7, outcome.exitCode(), outcome.err() + outcome.out());
        assertTrue(outcome.err().contains("moka: system shut down with status 7"), outcome.err());
        assertEquals(List.of("hi", "1 3 14", "1", "0", "sh: nosuchprogram: not found", "127",
                "forty-two and forty-two", "sys:", "Moka", dev.moka.assembler.config.MokaVersion.current(),
                "x86_64"), shellLines(outcome), outcome.out());
        assertTrue(outcome.out().endsWith("\n"), "console output ends in a line feed");
    }

    @Test
    void listingsAndProcesses() {
        Outcome outcome = run("ls sys:\nps\nls initfs:bin | wc\nuname\n", "--timeout", "120");
        assertEquals(0, outcome.exitCode(), outcome.err() + outcome.out());
        List<String> lines = shellLines(outcome);
        assertEquals(List.of("context", "log", "scheme", "stat", "uname"), lines.subList(0, 5), outcome.out());
        assertEquals("PID   PPID  STATE    NAME", lines.get(5));
        Pattern row = Pattern.compile("(\\d+) +(\\d+) +(\\w+) +(\\S+)");
        Matcher init = row.matcher(lines.get(6));
        assertTrue(init.matches() && init.group(1).equals("1") && init.group(4).equals("init"), lines.get(6));
        Matcher ramfsd = row.matcher(lines.get(7));
        assertTrue(ramfsd.matches() && ramfsd.group(2).equals("1") && ramfsd.group(4).equals("ramfsd"), lines.get(7));
        // The drivers init starts before the shell: pcid and ps2d stay (rtcd has ended).
        Matcher pcid = row.matcher(lines.get(8));
        assertTrue(pcid.matches() && pcid.group(2).equals("1") && pcid.group(4).equals("pcid"), lines.get(8));
        Matcher ps2d = row.matcher(lines.get(9));
        assertTrue(ps2d.matches() && ps2d.group(2).equals("1") && ps2d.group(4).equals("ps2d"), lines.get(9));
        Matcher shell = row.matcher(lines.get(10));
        assertTrue(shell.matches() && shell.group(2).equals("1") && shell.group(4).equals("sh"), lines.get(10));
        Matcher ps = row.matcher(lines.get(11));
        assertTrue(ps.matches() && ps.group(2).equals(shell.group(1)) && ps.group(4).equals("ps"), lines.get(11));
        assertTrue(lines.get(12).matches("2[0-9] 2[0-9] \\d+"), "ls initfs:bin | wc gave " + lines.get(12));
        assertEquals("Moka", lines.get(13));
    }

    @Test
    void redirectionsAndListingsWorkOnTheFileSchemeRamfsdServes() {
        Outcome outcome = run("echo x > file:a\ncat file:a\necho y >> file:/a\ncat < file:a\nls file:\n"
                + "cd file:\necho z > b\nls\ncat file:b\nmv b c\nrm a\nls\ncat c\nrm a\necho done\n", "--timeout", "120");
        assertEquals(0, outcome.exitCode(), outcome.err() + outcome.out());
        assertEquals(List.of("x", "x", "y", "a", "a", "b", "z", "c", "z", "rm: a: No such file or directory",
                "done"),
                shellLines(outcome), outcome.out());
    }

    @Test
    void ctrlCEndsTheForegroundJobAndNotTheShell() {
        // The Ctrl-C comes seconds after the line that starts the job, as a person would type it.
        java.io.InputStream typist = new java.io.SequenceInputStream(
                new ByteArrayInputStream("sleep 60 | cat\n".getBytes(StandardCharsets.US_ASCII)),
                new java.io.InputStream() {
                    private final byte[] rest = "\u0003echo after $?\n".getBytes(StandardCharsets.US_ASCII);
                    private int next = -1;

                    @Override
                    public int read() {
                        if (next < 0) {
                            try {
                                Thread.sleep(5_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            next = 0;
                        }
                        return next < rest.length ? rest[next++] & 0xFF : -1;
                    }
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = MokaCli.execute(new String[] {"run", "--timeout", "120"}, typist, out, err);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Outcome outcome = new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, outcome.exitCode(), outcome.err() + outcome.out());
        assertEquals(List.of("after 130"), shellLines(outcome), outcome.out());
        assertTrue(seconds < 60, "the sleep was not interrupted: the run took " + seconds + " s");
    }

    @Test
    void endOfInputEndsTheShellWithStatusZero() {
        Outcome outcome = run("echo last\n", "--timeout", "60");
        assertEquals(0, outcome.exitCode(), outcome.err() + outcome.out());
        assertEquals(List.of("last"), shellLines(outcome));
    }

    @Test
    void usertestsAllPassFromTheShell() {
        Outcome outcome = run("usertests\n", "--timeout", "800");
        List<String> lines = shellLines(outcome);
        List<String> verdicts = lines.stream().filter(l -> l.matches("[a-z0-9_]+: (ok|FAILED .*)")).toList();
        String summary = lines.stream().filter(l -> l.startsWith("usertests: ")).findFirst().orElse("none");
        Matcher counts = Pattern.compile("usertests: (\\d+) passed, (\\d+) failed").matcher(summary);
        assertTrue(counts.matches(), "no summary line:\n" + outcome.out());
        assertEquals("0", counts.group(2), outcome.out());
        assertTrue(Integer.parseInt(counts.group(1)) >= 25, summary);
        assertEquals(Integer.parseInt(counts.group(1)), verdicts.size(), outcome.out());
        assertEquals(0, outcome.exitCode(), outcome.err());
    }

    @Test
    void sysbenchPrintsItsFiguresUnderIcount() {
        Outcome outcome = run("sysbench\n", "--icount", "--timeout", "800");
        assertEquals(0, outcome.exitCode(), outcome.err() + outcome.out());
        List<String> lines = shellLines(outcome);
        String[] names = {"null syscall", "pipe round trip", "process switch", "spawn exit wait", "scheme round trip",
            "file write read 4KiB"};
        long[] figures = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            Matcher m = Pattern.compile(Pattern.quote(names[i]) + ": (\\d+) instructions").matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            figures[i] = Long.parseLong(m.group(1));
            assertTrue(figures[i] > 0, lines.get(i));
        }
        // Linux 6.1's getppid in the same QEMU takes 337 instructions.
        assertTrue(figures[0] < 337, "null syscall: " + figures[0]);
        Matcher boot = Pattern.compile("boot: (\\d+) instructions to init").matcher(outcome.out());
        assertTrue(boot.find(), outcome.out());
        // Linux 6.1 takes about 6.1e9 from reset to /init in the same QEMU.
        assertTrue(Long.parseLong(boot.group(1)) < 6_100_000_000L, boot.group());
    }
}
