package dev.moka.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirentsTest {
    private static final List<String> NAMES = List.of("context", "log", "scheme", "uname");

    @Test
    void listsWholeEntriesAndResumesByIndex() {
        byte[] buffer = new byte[12];
        long n = Dirents.list(NAMES, buffer, 0, buffer.length, 0);
        assertEquals("context\nlog\n", new String(buffer, 0, (int) n, StandardCharsets.US_ASCII));
        assertEquals(2, Dirents.count(buffer, 0, (int) n));
        n = Dirents.list(NAMES, buffer, 0, buffer.length, 2);
        assertEquals("scheme\n", new String(buffer, 0, (int) n, StandardCharsets.US_ASCII));
        n = Dirents.list(NAMES, buffer, 0, buffer.length, 3);
        assertEquals("uname\n", new String(buffer, 0, (int) n, StandardCharsets.US_ASCII));
        assertEquals(0, Dirents.list(NAMES, buffer, 0, buffer.length, 4));
    }

    @Test
    void anEntryThatCannotFitIsAnError() {
        assertEquals(-Errno.EINVAL, Dirents.list(NAMES, new byte[7], 0, 7, 0));
        assertEquals(-Errno.EINVAL, Dirents.list(NAMES, new byte[64], 0, 64, -1));
    }

    @Test
    void copyAsciiCutsToTheRoom() {
        byte[] buffer = new byte[4];
        assertEquals(3, Dirents.copyAscii("sys:uname", buffer, 1, 3));
        assertEquals("sys", new String(buffer, 1, 3, StandardCharsets.US_ASCII));
        assertEquals(0, Dirents.copyAscii("x", buffer, 0, -5));
    }
}
