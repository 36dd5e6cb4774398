package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.boot.memory.MemoryMovesJob;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk memory operations as the compiler emits them (string instructions), checked in QEMU ({@link MemoryMovesJob}). */
class MemoryMovesBootTest {
    @TempDir
    Path dir;

    @Test
    void bulkMovesMatchLoadsAndStoresInsideTheMachine() throws Exception {
        ImageSpec spec = ImageSpec.of(ImageConfigLoader.parse("[kernel]\n", null), MokaVersion.current())
                .withBootJobClass(MemoryMovesJob.class.getName());
        QemuResult result = QemuBoot.boot(ImageBuilder.assemble(spec), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        assertTrue(out.lines().anyMatch(line -> line.equals("memory moves: 15 checks passed")), out);
    }
}
