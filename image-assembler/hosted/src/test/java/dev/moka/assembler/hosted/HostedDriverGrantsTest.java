package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a driver is granted, hosted as in QEMU ({@code DriverGrantsBootTest}): the usertest
 * {@code driver_hardware} run as a driver must pass (the PIC's, COM1's and out-of-range ports
 * refused, the CMOS clock's granted and answering, the VGA text buffer written and read back through
 * {@code memory:physical}, RAM and the local APIC refused), and run as an ordinary process it must
 * fail, since nothing is granted.
 */
class HostedDriverGrantsTest {
    @Test
    void aDriverGetsItsGrantsAndAnOrdinaryProcessDoesNot() throws Exception {
        ImageConfig config = ImageConfigLoader.parse("""
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
                """, Path.of("drivers.toml"));
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(config, "0.1.0-test", 128L << 20, null, serial);
        String printed = serial.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        int asDriver = lines.indexOf("as a driver: done");
        int asProcess = lines.indexOf("as a process: done");
        assertTrue(asDriver > 0 && asProcess > asDriver, printed);
        assertTrue(lines.subList(0, asDriver).stream().noneMatch(l -> l.startsWith("init: line 1:")),
                "driver_hardware failed as a driver:\n" + printed);
        assertTrue(lines.subList(asDriver, asProcess).contains("init: line 3: usertests ended with status 1"),
                "driver_hardware passed without grants:\n" + printed);
        assertEquals(HostedUsertestsTest.SHUTDOWN, result.exitValue(), printed);
    }
}
