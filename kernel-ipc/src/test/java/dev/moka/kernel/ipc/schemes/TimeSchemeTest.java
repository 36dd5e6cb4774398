package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Clocks;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.TimeSpec;
import dev.moka.kernel.ipc.Caller;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimeSchemeTest {
    private long monotonic = 5_000_000_123L;
    private final TimeScheme time = new TimeScheme(id -> id == Clocks.CLOCK_MONOTONIC ? monotonic : 1_700_000_000_000_000_001L);

    @Test
    void eachReadGivesTheClockNow() {
        long handle = time.open("4", OpenFlags.O_RDONLY, Caller.KERNEL);
        byte[] buffer = new byte[32];
        assertEquals(TimeSpec.SIZE, time.read(handle, buffer, 0, 32, 0, 0));
        assertEquals(new TimeSpec(5, 123), TimeSpec.decode(buffer, 0));
        monotonic += 2_000_000_000L;
        assertEquals(TimeSpec.SIZE, time.read(handle, buffer, 16, 16, 16, 0));
        assertEquals(new TimeSpec(7, 123), TimeSpec.decode(buffer, 16));
        long realtime = time.open("1", OpenFlags.O_RDONLY, Caller.KERNEL);
        time.read(realtime, buffer, 0, 16, 0, 0);
        assertEquals(new TimeSpec(1_700_000_000L, 1), TimeSpec.decode(buffer, 0));
    }

    @Test
    void aShortBufferIsRefused() {
        long handle = time.open("4", OpenFlags.O_RDONLY, Caller.KERNEL);
        assertEquals(-Errno.EINVAL, time.read(handle, new byte[15], 0, 15, 0, 0));
        assertEquals(-Errno.ESPIPE, time.fsize(handle));
        byte[] path = new byte[4];
        assertEquals(1, time.fpath(handle, path, 0, 4));
        assertEquals('4', path[0]);
    }

    @Test
    void theRootListsTheClocks() {
        long root = time.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        byte[] buffer = new byte[16];
        long n = time.getdents(root, buffer, 0, 16, 0);
        assertEquals("1\n4\n", new String(buffer, 0, (int) n, StandardCharsets.US_ASCII));
        assertEquals(-Errno.EISDIR, time.read(root, buffer, 0, 16, 0, 0));
    }

    @Test
    void unknownClocksAndWritesAreRefused() {
        assertEquals(-Errno.ENOENT, time.open("2", OpenFlags.O_RDONLY, Caller.KERNEL));
        assertEquals(-Errno.EACCES, time.open("4", OpenFlags.O_WRONLY, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, time.open("1", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, Caller.KERNEL));
        long handle = time.open("1", OpenFlags.O_RDONLY, Caller.KERNEL);
        assertEquals(0, time.close(handle));
        assertEquals(-Errno.EBADF, time.read(handle, new byte[16], 0, 16, 0, 0));
    }
}
