package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a driver is granted, from a driver process: an image whose {@code init.rc} runs the usertest
 * {@code driver_hardware} once as a driver, where it must pass (ports the kernel keeps refused,
 * others working, {@code memory:physical} reading back device memory and refusing RAM and the APIC),
 * and once as an ordinary process, where the same test must fail, since nothing is granted.
 */
class DriverGrantsBootTest {
    @BeforeAll
    static void qemuIsThere() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
    }

    @Test
    void aDriverGetsItsGrantsAndAnOrdinaryProcessDoesNot(@TempDir Path folder) throws IOException {
        Path config = folder.resolve("drivers.toml");
        Files.writeString(config, """
                [kernel]
                scheduler = "round-robin"
                frame-allocator = "bitmap"

                [userland]
                packages = ["coreutils", "usertests"]
                init-rc = \"\"\"
                run driver usertests --test driver_hardware
                echo as a driver: done
                run usertests --test driver_hardware
                echo as a process: done
                \"\"\"
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MokaCli.execute(new String[] {"run", "--config", config.toString(), "--timeout", "180"},
                new ByteArrayInputStream(new byte[0]), out, err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + printed);
        List<String> lines = printed.lines().toList();
        int asDriver = lines.indexOf("as a driver: done");
        int asProcess = lines.indexOf("as a process: done");
        assertTrue(asDriver > 0 && asProcess > asDriver, printed);
        assertTrue(lines.subList(0, asDriver).stream().noneMatch(l -> l.startsWith("init: line 1:")),
                "driver_hardware failed as a driver:\n" + printed);
        assertTrue(lines.subList(asDriver, asProcess).contains("init: line 3: usertests ended with status 1"),
                "driver_hardware passed without grants:\n" + printed);
    }
}
