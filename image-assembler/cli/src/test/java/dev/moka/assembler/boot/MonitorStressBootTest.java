package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.boot.monitors.NonExcludingMonitors;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;

/**
 * The monitor stress workload ({@code monitor-stress = true}): three threads increment one counter
 * inside {@code synchronized} for 300 ticks at 1000 Hz while the timer preempts them. In QEMU no
 * increment may be lost and some enters must have found the monitor held; hosted (the JVM's monitors,
 * threads preempted only between steps) none is lost either. With a monitor implementation that does
 * not exclude swapped in, the run must fail.
 */
class MonitorStressBootTest {
    private static final Pattern REPORT = Pattern.compile(
            "(?m)^monitor stress: (\\d+) of (\\d+) increments, (\\d+) contended$");
    private static final Pattern COST = Pattern.compile(
            "(?m)^monitor cost: (\\d+) cycles \\(mean uncontended enter and exit\\)$");

    @TempDir
    Path dir;

    private static ImageConfig config() throws Exception {
        return ImageConfigLoader.load(Path.of("../../config/monitor-stress.toml"));
    }

    private static Matcher report(String out) {
        Matcher report = REPORT.matcher(out);
        assertTrue(report.find(), "no monitor stress line in:\n" + out);
        return report;
    }

    @Test
    void theSampleConfigIsThreeThreadsFor300TicksAt1000Hz() throws Exception {
        ImageConfig.WorkloadSection workload = config().workload();
        assertTrue(workload.monitorStress());
        assertEquals(3, workload.threads().size());
        assertEquals(300, workload.ticks());
        assertEquals(1000, workload.timerHz());
    }

    @Test
    void noIncrementIsLostUnderPreemptionAndSomeEntersAreContendedInQemu() throws Exception {
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config(), MokaVersion.current()), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher report = report(out);
        long got = Long.parseLong(report.group(1));
        assertEquals(report.group(2), report.group(1), "increments were lost:\n" + out);
        assertTrue(got > 1000, "too few increments to mean anything:\n" + out);
        assertTrue(Long.parseLong(report.group(3)) > 0, "no enter found the monitor held:\n" + out);
        Matcher cost = COST.matcher(out);
        assertTrue(cost.find(), out);
        assertTrue(Long.parseLong(cost.group(1)) > 0, out);
    }

    @Test
    void hostedRunLosesNoIncrementEither() throws Exception {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(config(), MokaVersion.current(), 128L << 20, serial);
        String out = serial.toString(StandardCharsets.UTF_8);
        assertTrue(result.success(), out);
        Matcher report = report(out);
        assertEquals(report.group(2), report.group(1), out);
        assertTrue(Long.parseLong(report.group(1)) > 0, out);
    }

    @Test
    void aMonitorThatDoesNotExcludeFailsTheRun() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/dev/moka/kernel/core/sync"));
        Files.write(classes.resolve("Monitors.class"), renamed(NonExcludingMonitors.class,
                "dev/moka/kernel/core/sync/Monitors"));
        ImageSpec broken = ImageSpec.of(config(), MokaVersion.current()).withClassPath(List.of(dir.resolve("classes")));
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(broken), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), out);
        Matcher report = report(out);
        assertNotEquals(report.group(2), report.group(1), "no increment lost without exclusion:\n" + out);
        assertTrue(out.contains("panic: workload failed: monitor stress: ") && out.contains(" increments lost, the monitor did not exclude"),
                out);
    }

    /**
     * wait, notify, notifyAll and a timed wait between kernel threads (see {@link WaitNotifyJob}), in
     * QEMU only: hosted, {@code wait} is the JVM's own and would park the JVM thread while it holds the
     * hosted machine's baton.
     */
    @Test
    void kernelThreadsWaitAndNotifyEachOtherInQemu() throws Exception {
        ImageSpec spec = ImageSpec.of(config(), MokaVersion.current()).withBootJobClass(WaitNotifyJob.class.getName());
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(spec), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("ping-pong: " + WaitNotifyJob.PASSES + " passes, " + WaitNotifyJob.PASSES / 2 + " and "
                + WaitNotifyJob.PASSES / 2), out);
        assertTrue(lines.contains("notify woke 1, notifyAll woke " + WaitNotifyJob.WAITERS), out);
        Matcher timed = Pattern.compile("(?m)^timed wait: 20 ms took (\\d+) ticks$").matcher(out);
        assertTrue(timed.find(), out);
        long ticks = Long.parseLong(timed.group(1));
        assertTrue(ticks >= 20 && ticks <= 25, out);
    }

    /** The class file of {@code type} under another name (the class must not refer to itself). */
    private static byte[] renamed(Class<?> type, String internalName) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            ClassNode node = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(node, 0);
            node.name = internalName;
            ClassWriter writer = new ClassWriter(0);
            node.accept(writer);
            return writer.toByteArray();
        }
    }
}
