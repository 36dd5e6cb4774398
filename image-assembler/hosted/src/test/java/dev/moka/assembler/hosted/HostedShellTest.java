package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell of the default image hosted: what is typed on the console runs as natively. */
class HostedShellTest {
    private static final String GREETING = "Moka: type a command, such as ls initfs:bin, ps or usertests, and end the input to shut down.";

    /** @return what the programs printed after init's greeting */
    private static List<String> after(HostedUsertestsTest.Run run) {
        List<String> lines = run.lines();
        int greeting = lines.indexOf(GREETING);
        assertTrue(greeting >= 0, run.serial());
        return lines.subList(greeting + 1, lines.size());
    }

    @Test
    void pipelinesStatusesAndExit() throws Exception {
        HostedUsertestsTest.Run run = HostedUsertestsTest.Run.boot(
                "echo hi | cat\nfalse; echo $?\necho one two three | wc\nnothing-here\necho $?\nexit 3\n");
        assertEquals(List.of("hi", "1", "1 3 14", "sh: nothing-here: not found", "127"), after(run), run.serial());
        assertEquals(new HostedResult(false, HostedUsertestsTest.SHUTDOWN, 3), run.result(), run.serial());
    }

    @Test
    void filesOfTheFileDaemonAndTheProcessTable() throws Exception {
        HostedUsertestsTest.Run run = HostedUsertestsTest.Run.boot(
                "echo x > file:a\necho y >> file:/a\ncat file:a\nmv file:a file:b\nls file:\nps\n");
        List<String> out = after(run);
        assertEquals(List.of("x", "y", "b", "PID   PPID  STATE    NAME"), out.subList(0, 4), run.serial());
        assertTrue(out.contains("1     0     blocked  init"), run.serial());
        assertTrue(out.stream().anyMatch(line -> line.matches("\\d+ +1 +blocked +sh")), run.serial());
        assertTrue(out.stream().anyMatch(line -> line.matches("\\d+ +\\d+ +running +ps")), run.serial());
        assertEquals(new HostedResult(true, HostedUsertestsTest.SHUTDOWN, 0), run.result(), run.serial());
    }

    /** sysbench reads the time-stamp counter in ring 3, which the simulated machine lets a program do. */
    @Test
    void sysbenchPrintsItsFigures() throws Exception {
        HostedUsertestsTest.Run run = HostedUsertestsTest.Run.boot("sysbench\n");
        List<String> out = after(run);
        List<String> names = out.stream().map(line -> line.replaceAll(": \\d+ instructions$", "")).toList();
        assertEquals(List.of("null syscall", "pipe round trip", "process switch", "spawn exit wait",
                "scheme round trip", "file write read 4KiB"), names, run.serial());
        assertEquals(new HostedResult(true, HostedUsertestsTest.SHUTDOWN, 0), run.result(), run.serial());
    }

    /**
     * The hosted machine is deterministic with programs too: the same input gives the same run, to
     * the last figure of the simulated time-stamp counter, whatever the JVM's threads do meanwhile.
     */
    @Test
    void aRunWithProgramsRepeatsExactly() throws Exception {
        String typed = "sysbench\nps\necho one two | wc\n";
        HostedUsertestsTest.Run first = HostedUsertestsTest.Run.boot(typed);
        HostedUsertestsTest.Run second = HostedUsertestsTest.Run.boot(typed);
        assertEquals(first.serial(), second.serial());
        assertEquals(first.result(), second.result());
    }
}
