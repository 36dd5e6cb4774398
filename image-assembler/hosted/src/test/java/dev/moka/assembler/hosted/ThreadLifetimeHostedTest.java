package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code thread-churn} and {@code stack-overflow} workloads booted hosted: stacks are mapped in
 * the simulated machine's page tables as natively, ended threads give them back, and the JVM's
 * stack overflow in a thread is reported as the native kernel reports one.
 */
class ThreadLifetimeHostedTest {
    private static final long MEMORY = 128L << 20;
    /** The value the x86_64 arch pack writes to the exit device on failure. */
    private static final int FAILURE_EXIT_VALUE = 0x11;

    private record Run(HostedResult result, String serial) {
        List<String> lines() {
            return serial.lines().toList();
        }
    }

    private static Run boot(int churn, boolean overflow, String scheduler) {
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection(scheduler, "bitmap"),
                new ImageConfig.WorkloadSection(0, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, List.of(), false,
                        churn, overflow));
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(config, "0.1.0-test", MEMORY, serial);
        return new Run(result, serial.toString(StandardCharsets.UTF_8));
    }

    @Test
    void threadChurnGivesBackEveryFrame() {
        for (String scheduler : List.of("round-robin", "priority", "eevdf")) {
            Run run = boot(1000, false, scheduler);
            assertEquals(new HostedResult(true, HostedRunner.SUCCESS_EXIT_VALUE), run.result(), run.serial());
            Matcher report = Pattern.compile("(?m)^thread churn: 1000 threads, (\\d+) frames free before, (\\d+) after$")
                    .matcher(run.serial());
            assertTrue(report.find(), run.serial());
            assertEquals(report.group(1), report.group(2), scheduler + ":\n" + run.serial());
        }
    }

    @Test
    void theJvmsStackOverflowInAThreadIsTheKernelsStackOverflowPanic() {
        Run run = boot(0, true, "round-robin");
        assertEquals(new HostedResult(false, FAILURE_EXIT_VALUE), run.result(), run.serial());
        List<String> lines = run.lines();
        int panic = lines.indexOf("panic: kernel stack overflow in thread runaway");
        assertTrue(panic >= 0, run.serial());
        assertEquals("java.lang.StackOverflowError", lines.get(panic + 1), run.serial());
        assertTrue(lines.get(panic + 2).startsWith("\tat ")
                && lines.get(panic + 2).contains("dev.moka.workloads.RunawayRecursion.descend(RunawayRecursion.java:"),
                run.serial());
        assertFalse(run.serial().contains("panic: java.lang.StackOverflowError"), run.serial());
    }

    @Test
    void churnAndOverflowRunAfterEachOtherOnOneThreadLayer() {
        Run run = boot(100, true, "round-robin");
        assertEquals(new HostedResult(false, FAILURE_EXIT_VALUE), run.result(), run.serial());
        int churn = -1;
        int panic = -1;
        List<String> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("thread churn: 100 threads, ")) {
                churn = i;
            } else if (lines.get(i).equals("panic: kernel stack overflow in thread runaway")) {
                panic = i;
            }
        }
        assertTrue(churn >= 0 && panic > churn, run.serial());
    }
}
