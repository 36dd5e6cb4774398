package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config/gc-threads.toml}: three threads allocate under mark-sweep and round robin, collecting
 * many times. Collections must not skew the threads' shares of the CPU, natively, and under
 * {@code -icount shift=0} the shares must be the same in every run.
 */
class GcFairnessBootTest {
    private static final List<String> ICOUNT = List.of("-icount", "shift=0");

    @TempDir
    static Path dir;

    private static AssembledImage image;

    @BeforeAll
    static void assemble() throws Exception {
        image = ImageBuilder.assemble(ImageConfigLoader.load(Path.of("../../config/gc-threads.toml")),
                MokaVersion.current());
    }

    private static List<String> boot(List<String> extraArgs) throws Exception {
        QemuResult result = QemuBoot.boot(image, dir, "128M", extraArgs);
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), result.serialOutput());
        return result.serialOutput().lines().toList();
    }

    private static List<String> shareLines(List<String> lines) {
        List<String> shares = lines.stream().filter(l -> l.matches("thread \\w+: [01]\\.\\d{3}")).toList();
        assertEquals(3, shares.size(), String.join("\n", lines));
        return shares;
    }

    private static void assertFair(List<String> lines) {
        for (String line : shareLines(lines)) {
            double share = Double.parseDouble(line.substring(line.indexOf(": ") + 2));
            assertTrue(Math.abs(share - 1.0 / 3) <= 0.05, line + " is not within 0.05 of 1/3:\n" + String.join("\n", lines));
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("churn: \\d+ steps, 0 corrupted, \\d+ collections")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("collector ticks: [1-9]\\d* \\(charged to no thread\\)")),
                "collections took no tick, so this run proves nothing:\n" + String.join("\n", lines));
    }

    @Test
    void everyThreadGetsAThirdNatively() throws Exception {
        assertFair(boot(List.of()));
    }

    @Test
    void sharesAreTheSameInEveryRunUnderIcount() throws Exception {
        List<String> first = boot(ICOUNT);
        assertFair(first);
        for (int run = 2; run <= 3; run++) {
            assertEquals(shareLines(first), shareLines(boot(ICOUNT)), "run " + run + " differs from run 1");
        }
    }
}
