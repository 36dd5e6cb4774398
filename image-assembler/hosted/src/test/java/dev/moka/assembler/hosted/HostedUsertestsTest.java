package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostedUsertestsTest {
    @Test
    void runsTheWholeSuite() throws ConfigException {
        ImageConfig config = ImageConfigLoader.loadDefault();
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        long start = System.nanoTime();
        HostedResult result = HostedRunner.run(config, "0.1.0-test", 128L << 20,
                ConsoleInput.of(new ByteArrayInputStream("usertests\n".getBytes(StandardCharsets.US_ASCII))), serial);
        String out = serial.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        System.out.println("took " + (System.nanoTime() - start) / 1_000_000 + " ms: " + result);
        List<String> lines = out.lines().toList();
        assertTrue(result.success(), out);
        assertEquals(0, result.shutdownStatus());
    }
}
