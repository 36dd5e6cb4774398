package dev.moka.kernel.ipc.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.schemes.DebugScheme;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsoleInputSchemeTest {
    private static final Caller DRIVER = new Caller(3, 0, 0);

    private final DebugScheme console = new DebugScheme((bytes, offset, length) -> { }, Blocker.refusing());
    private final AtomicInteger interrupts = new AtomicInteger();
    private final ConsoleInputScheme input = new ConsoleInputScheme(console, interrupts::incrementAndGet,
            pid -> pid == DRIVER.pid());

    @Test
    void onlyDriversTypeAndOnlyForWriting() {
        assertEquals(-Errno.EACCES, input.open("", OpenFlags.O_WRONLY, new Caller(4, 0, 0)));
        assertEquals(-Errno.EACCES, input.open("", OpenFlags.O_RDWR, DRIVER));
        assertEquals(-Errno.ENOENT, input.open("x", OpenFlags.O_WRONLY, DRIVER));
        long handle = input.open("", OpenFlags.O_WRONLY, DRIVER);
        assertTrue(handle >= 0);
        assertEquals(-Errno.EBADF, input.read(handle, new byte[1], 0, 1, 0, 0));
    }

    @Test
    void typedBytesReachTheConsoleAndCtrlCInterrupts() {
        long handle = input.open("", OpenFlags.O_WRONLY, DRIVER);
        byte[] typed = {'l', 's', '\r', 0x03};
        assertEquals(4, input.write(handle, typed, 0, typed.length, 0, 0));
        assertEquals(1, interrupts.get());
        long reader = console.open("", OpenFlags.O_RDONLY, DRIVER);
        byte[] got = new byte[8];
        assertEquals(3, console.read(reader, got, 0, 8, 0, OpenFlags.O_NONBLOCK));
        assertEquals("ls\n", new String(got, 0, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, input.close(handle));
        assertEquals(-Errno.EBADF, input.write(handle, typed, 0, 1, 0, 0));
    }
}
