package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogBufferTest {
    @Test
    void keepsTheNewestBytesAndMarksNonAscii() {
        LogBuffer log = new LogBuffer(10);
        log.appendLine("abc");
        log.appendLine("é1234567");
        assertEquals("?1234567\n", new String(log.snapshot(), StandardCharsets.US_ASCII).substring(1));
        byte[] many = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
        log.append(many, 0, many.length);
        assertEquals("6789ABCDEF", new String(log.snapshot(), StandardCharsets.US_ASCII));
    }
}
