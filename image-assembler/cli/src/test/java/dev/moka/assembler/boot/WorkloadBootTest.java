package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots images that run a CPU-bound workload on preemptive kernel threads, in QEMU and hosted, and
 * checks the report: each thread's share of the ticks, the switch count, and the first picks.
 */
class WorkloadBootTest {
    private static final int TICKS = 500;

    @TempDir
    Path dir;

    private static ImageConfig config(String scheduler, List<ImageConfig.WorkloadThread> threads) {
        return new ImageConfig(null, new ImageConfig.KernelSection(scheduler, "bitmap"),
                new ImageConfig.WorkloadSection(TICKS, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, threads));
    }

    private static List<ImageConfig.WorkloadThread> threeThreads() {
        return List.of(new ImageConfig.WorkloadThread("a", 0, 10),
                new ImageConfig.WorkloadThread("b", 5, 5),
                new ImageConfig.WorkloadThread("c", -5, 1));
    }

    private QemuResult bootNative(ImageConfig config) throws Exception {
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(config, MokaVersion.current()), dir, "128M");
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), "QEMU exit status; serial:\n" + result.serialOutput());
        return result;
    }

    private static List<String> bootHosted(ImageConfig config) {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(config, MokaVersion.current(), 128L << 20, serial);
        String text = serial.toString(StandardCharsets.UTF_8);
        assertTrue(result.success(), text);
        return text.lines().toList();
    }

    /** @return thread name to its share in thousandths, from the {@code thread x: 0.333} lines */
    private static Map<String, Integer> shares(List<String> lines) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("thread ")) {
                String name = line.substring("thread ".length(), line.indexOf(':'));
                String share = line.substring(line.indexOf(": ") + 2);
                assertTrue(share.matches("[01]\\.\\d{3}"), "share format in " + line);
                shares.put(name, Integer.parseInt(share.replace(".", "")));
            }
        }
        return shares;
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' line in " + lines));
    }

    private static long switches(List<String> lines) {
        return Long.parseLong(line(lines, "switches: ").substring("switches: ".length()));
    }

    @Test
    void roundRobinSharesTheCpuEquallyInQemu() throws Exception {
        List<String> lines = bootNative(config("round-robin", threeThreads())).serialOutput().lines().toList();
        Map<String, Integer> shares = shares(lines);
        assertEquals(List.of("a", "b", "c"), List.copyOf(shares.keySet()), String.join("\n", lines));
        for (int share : shares.values()) {
            assertTrue(Math.abs(share - 333) <= 50, "share " + share + " not within 5% of a third: " + lines);
        }
        assertTrue(switches(lines) > 0, "no context switch: " + lines);
        String interrupt = line(lines, "interrupt cost: ");
        assertTrue(interrupt.matches("interrupt cost: [1-9]\\d* cycles \\(mean entry and exit of the timer's path\\)"),
                "interrupt cost line: " + interrupt);
    }

    @Test
    void priorityGivesTheHighestLevelNearlyEverythingInQemu() throws Exception {
        List<String> lines = bootNative(config("priority", threeThreads())).serialOutput().lines().toList();
        Map<String, Integer> shares = shares(lines);
        assertTrue(shares.get("a") >= 700, "thread a (priority 10) got only " + shares.get("a") + ": " + lines);
        assertTrue(shares.get("a") > shares.get("b") + shares.get("c"), lines.toString());
        assertTrue(switches(lines) > 0, "no context switch: " + lines);
    }

    @Test
    void eevdfFollowsTheWeightsInQemu() throws Exception {
        assertTrue(ProviderCatalog.schedulerNames().contains("eevdf"), "the eevdf scheduler is missing");
        List<String> lines = bootNative(config("eevdf", threeThreads())).serialOutput().lines().toList();
        Map<String, Integer> shares = shares(lines);
        // Linux weights: nice -5 = 3121, nice 0 = 1024, nice 5 = 335.
        double total = 3121 + 1024 + 335;
        assertTrue(Math.abs(shares.get("a") - 1000 * 1024 / total) <= 100, lines.toString());
        assertTrue(Math.abs(shares.get("b") - 1000 * 335 / total) <= 100, lines.toString());
        assertTrue(Math.abs(shares.get("c") - 1000 * 3121 / total) <= 100, lines.toString());
    }

    @Test
    void hostedAndNativePickTheSameThreadsInTheSameOrder() throws Exception {
        for (String scheduler : List.of("round-robin", "priority")) {
            ImageConfig config = config(scheduler, threeThreads());
            List<String> nativeLines = bootNative(config).serialOutput().lines().toList();
            List<String> hostedLines = bootHosted(config);
            String nativeTrace = line(nativeLines, "trace:");
            assertEquals(nativeTrace, line(hostedLines, "trace:"), scheduler + ": hosted and native traces differ");
            assertTrue(nativeTrace.split(" ").length > 10, "too few picks traced: " + nativeTrace);
            assertEquals(shares(nativeLines), shares(hostedLines), scheduler + ": shares differ");
        }
    }
}
